/* cut.c - selects parts of each line: -f LIST fields (separated by -d CHAR, default
 * tab; -s drops lines without one), or -c LIST characters. A LIST is N, N-M, N-, -M,
 * joined by commas. */
#include <errno.h>
#include <qpu/inputs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_RANGES 32

static int ranges[MAX_RANGES][2], nranges, only_delimited;

static int selected(int n)
{
    for (int k = 0; k < nranges; k++)
        if (n >= ranges[k][0] && n <= ranges[k][1])
            return 1;
    return 0;
}

static int parse_list(const char *s)
{
    while (*s) {
        int lo = 1, hi;
        char *end;
        if (nranges == MAX_RANGES)
            return -1;
        if (*s != '-') {
            lo = (int)strtol(s, &end, 10);
            if (end == s || lo < 1)
                return -1;
            s = end;
        }
        hi = lo;
        if (*s == '-') {
            s++;
            hi = 0x7FFFFFFF;
            if (*s >= '0' && *s <= '9') {
                hi = (int)strtol(s, &end, 10);
                s = end;
            }
        }
        if (hi < lo)
            return -1;
        ranges[nranges][0] = lo;
        ranges[nranges++][1] = hi;
        if (*s == ',')
            s++;
        else if (*s)
            return -1;
    }
    return nranges ? 0 : -1;
}

static void cut_chars(const char *line)
{
    for (int i = 0; line[i]; i++)
        if (selected(i + 1))
            putchar(line[i]);
    putchar('\n');
}

static void cut_fields(const char *line, int delim)
{
    int field = 1, first = 1;
    const char *start = line;
    if (strchr(line, delim) == NULL) {
        if (!only_delimited)
            puts(line);
        return;
    }
    for (const char *p = line;; p++) {
        if (*p == delim || *p == '\0') {
            if (selected(field)) {
                if (!first)
                    putchar(delim);
                fwrite(start, 1, p - start, stdout);
                first = 0;
            }
            if (*p == '\0')
                break;
            field++;
            start = p + 1;
        }
    }
    putchar('\n');
}

static void usage(void)
{
    fprintf(stderr, "usage: cut -f LIST [-d CHAR] [-s] [FILE...] | cut -c LIST [FILE...]\n");
    exit(1);
}

struct cut_mode {
    int mode, delim;
};

static int cut_input(FILE *f, const char *name, int index, void *context)
{
    struct cut_mode *m = context;
    char *line = NULL;
    size_t size = 0;
    ssize_t len;
    (void)name, (void)index;
    while ((len = getline(&line, &size, f)) >= 0) {
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        if (m->mode == 'c')
            cut_chars(line);
        else
            cut_fields(line, m->delim);
    }
    free(line);
    return 0;
}

int main(int argc, char **argv)
{
    struct cut_mode chosen;
    int c, mode = 0, delim = '\t';
    const char *list = NULL;
    while ((c = getopt(argc, argv, "f:c:d:s")) != -1) {
        if (c == 'f' || c == 'c') {
            if (mode)
                usage();
            mode = c, list = optarg;
        } else if (c == 'd') {
            if (strlen(optarg) != 1) {
                fprintf(stderr, "cut: the delimiter must be a single character\n");
                return 1;
            }
            delim = optarg[0];
        } else if (c == 's') {
            only_delimited = 1;
        } else {
            usage();
        }
    }
    if (!mode)
        usage();
    if (parse_list(list) < 0) {
        fprintf(stderr, "cut: invalid list '%s'\n", list);
        return 1;
    }
    chosen.mode = mode;
    chosen.delim = delim;
    return qpu_each_input(argc, argv, optind, "cut: %s: %s\n", cut_input, &chosen);
}
