/* head.c - the first lines of files (or standard input): -n N (default 10), or -N. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(void)
{
    fprintf(stderr, "usage: head [-n LINES] [FILE...]\n");
    exit(1);
}

static void head(FILE *f, long lines)
{
    int c;
    while (lines > 0 && (c = fgetc(f)) != EOF) {
        putchar(c);
        if (c == '\n')
            lines--;
    }
}

static long parse_count(const char *s)
{
    char *end;
    long n = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || n < 0) {
        fprintf(stderr, "head: invalid number of lines: '%s'\n", s);
        exit(1);
    }
    return n;
}

int main(int argc, char **argv)
{
    long lines = 10;
    int c, status = 0;
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] >= '0' && argv[1][1] <= '9') {
        lines = parse_count(argv[1] + 1);
        argv[1] = argv[0];
        argv++, argc--;
    }
    while ((c = getopt(argc, argv, "n:")) != -1) {
        if (c != 'n')
            usage();
        lines = parse_count(optarg);
    }
    if (optind >= argc) {
        head(stdin, lines);
        return 0;
    }
    for (int i = optind; i < argc; i++) {
        FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (f == NULL) {
            fprintf(stderr, "head: cannot open '%s' for reading: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        if (argc - optind > 1)
            printf("%s==> %s <==\n", i > optind ? "\n" : "", argv[i]);
        head(f, lines);
        if (f != stdin)
            fclose(f);
    }
    return status;
}
