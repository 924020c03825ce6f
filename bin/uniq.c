/* uniq.c - collapses runs of equal adjacent lines: -c counts them, -d prints only
 * repeated lines, -u only lines that are not repeated. Reads INPUT (or standard input)
 * and writes OUTPUT (or standard output). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int show_count, only_repeated, only_unique;

static void emit(FILE *out, const char *line, long n)
{
    if ((only_repeated && n < 2) || (only_unique && n > 1))
        return;
    if (show_count)
        fprintf(out, "%7ld %s", n, line);
    else
        fputs(line, out);
}

int main(int argc, char **argv)
{
    FILE *in = stdin, *out = stdout;
    char *line = NULL, *previous = NULL;
    size_t size = 0;
    long n = 0;
    int c;
    while ((c = getopt(argc, argv, "cdu")) != -1) {
        if (c == 'c')
            show_count = 1;
        else if (c == 'd')
            only_repeated = 1;
        else if (c == 'u')
            only_unique = 1;
        else {
            fprintf(stderr, "usage: uniq [-cdu] [INPUT [OUTPUT]]\n");
            return 1;
        }
    }
    if (optind < argc && strcmp(argv[optind], "-") != 0 &&
        (in = fopen(argv[optind], "r")) == NULL) {
        fprintf(stderr, "uniq: %s: %s\n", argv[optind], strerror(errno));
        return 1;
    }
    if (optind + 1 < argc && (out = fopen(argv[optind + 1], "w")) == NULL) {
        fprintf(stderr, "uniq: %s: %s\n", argv[optind + 1], strerror(errno));
        return 1;
    }
    while (getline(&line, &size, in) >= 0) {
        if (previous != NULL && strcmp(previous, line) == 0) {
            n++;
            continue;
        }
        if (previous != NULL)
            emit(out, previous, n);
        free(previous);
        previous = strdup(line);
        n = 1;
    }
    if (previous != NULL)
        emit(out, previous, n);
    if (out != stdout)
        fclose(out);
    return 0;
}
