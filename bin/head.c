/* head.c - the first lines of files (or standard input): -n N (default 10), or -N. */
#include <errno.h>
#include <qpu/inputs.h>
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

static int head_input(FILE *f, const char *name, int index, void *context)
{
    const long *o = context;            /* {lines, inputs} */
    if (o[1] > 1)
        printf("%s==> %s <==\n", index > 0 ? "\n" : "", name);
    head(f, o[0]);
    return 0;
}

int main(int argc, char **argv)
{
    long lines = 10;
    long options[2];
    int c;
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
    options[0] = lines;
    options[1] = argc - optind;
    return qpu_each_input(argc, argv, optind, "head: cannot open '%s' for reading: %s\n",
                          head_input, options);
}
