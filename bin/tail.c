/* tail.c - the last lines of a file (or standard input): -n N (default 10), -N, or
 * -n +N to start at line N. Keeps the last N lines in a ring of buffers. */
#include <errno.h>
#include <qpu/inputs.h>
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

struct tail_options {
    long lines;
    int from_start, inputs;
};

static int tail_input(FILE *f, const char *name, int index, void *context)
{
    struct tail_options *o = context;
    if (o->inputs > 1)
        printf("%s==> %s <==\n", index > 0 ? "\n" : "", name);
    if (o->from_start)
        tail_from(f, o->lines);
    else
        tail_last(f, o->lines);
    return 0;
}

int main(int argc, char **argv)
{
    struct tail_options options;
    long lines = 10;
    int from_start = 0, c;
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
    options.lines = lines;
    options.from_start = from_start;
    options.inputs = argc - optind;
    return qpu_each_input(argc, argv, optind, "tail: cannot open '%s' for reading: %s\n",
                          tail_input, &options);
}
