/* tail.c - the last lines of a file (or standard input): -n N (default 10), -N, or
 * -n +N to start at line N. Keeps the last N lines in a ring of buffers. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(void)
{
    fprintf(stderr, "usage: tail [-n [+]LINES] [FILE...]\n");
    exit(1);
}

static void tail_from(FILE *f, long first)
{
    char *line = NULL;
    size_t size = 0;
    long number = 0;
    while (getline(&line, &size, f) >= 0)
        if (++number >= first)
            fputs(line, stdout);
    free(line);
}

static void tail_last(FILE *f, long count)
{
    char **ring;
    size_t *sizes;
    long next = 0, seen = 0;
    if (count == 0)
        return;
    ring = calloc(count, sizeof *ring);
    sizes = calloc(count, sizeof *sizes);
    if (ring == NULL || sizes == NULL) {
        fprintf(stderr, "tail: out of memory\n");
        exit(1);
    }
    while (getline(&ring[next], &sizes[next], f) >= 0) {
        next = (next + 1) % count;
        seen++;
    }
    for (long k = seen < count ? 0 : next, n = 0; n < seen && n < count; n++) {
        fputs(ring[k], stdout);
        k = (k + 1) % count;
    }
    for (long k = 0; k < count; k++)
        free(ring[k]);
    free(ring);
    free(sizes);
}

int main(int argc, char **argv)
{
    long lines = 10;
    int from_start = 0, c, status = 0;
    const char *count = NULL;
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] >= '0' && argv[1][1] <= '9') {
        count = argv[1] + 1;
        argv[1] = argv[0];
        argv++, argc--;
    }
    while ((c = getopt(argc, argv, "n:")) != -1) {
        if (c != 'n')
            usage();
        count = optarg;
    }
    if (count != NULL) {
        char *end;
        if (*count == '+')
            from_start = 1, count++;
        lines = strtol(count, &end, 10);
        if (*count == '\0' || *end != '\0' || lines < 0) {
            fprintf(stderr, "tail: invalid number of lines: '%s'\n", count);
            return 1;
        }
    }
    for (int i = optind; i < argc || i == optind; i++) {
        FILE *f = i >= argc || strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (f == NULL) {
            fprintf(stderr, "tail: cannot open '%s' for reading: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        if (argc - optind > 1)
            printf("%s==> %s <==\n", i > optind ? "\n" : "", argv[i]);
        if (from_start)
            tail_from(f, lines);
        else
            tail_last(f, lines);
        if (f != stdin)
            fclose(f);
    }
    return status;
}
