/* sort.c - sorts the lines of files (or standard input): -n numerically, -r reversed,
 * -u only the first of equal lines. Ordinary comparison is by bytes (the C locale). */
#include <errno.h>
#include <qpu/inputs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int numeric, reverse, unique;
static char **lines;
static long count, capacity;

static int add_line(char *line)
{
    if (count == capacity) {
        long grown = capacity ? capacity * 2 : 64;
        char **bigger = realloc(lines, grown * sizeof *bigger);
        if (bigger == NULL)
            return -1;
        lines = bigger;
        capacity = grown;
    }
    lines[count++] = line;
    return 0;
}

static int read_lines(FILE *f)
{
    char *line = NULL;
    size_t size = 0;
    ssize_t len;
    while ((len = getline(&line, &size, f)) >= 0) {
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        if (add_line(line) < 0)
            return -1;
        line = NULL;
        size = 0;
    }
    return 0;
}

/* The leading number of a line (blanks, sign, digits, fraction), as sort -n reads it. */
static double leading_number(const char *s)
{
    char *end;
    double v;
    while (*s == ' ' || *s == '\t')
        s++;
    v = strtod(s, &end);
    return end == s ? 0 : v;
}

static int compare(const void *a, const void *b)
{
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    int r = 0;
    if (numeric) {
        double u = leading_number(x), v = leading_number(y);
        r = u < v ? -1 : u > v;
        if (r == 0 && unique)
            return 0;
    }
    if (r == 0)
        r = strcmp(x, y);
    return reverse ? -r : r;
}

static int read_input(FILE *f, const char *name, int index, void *unused)
{
    (void)index, (void)unused;
    if (f == NULL) {
        fprintf(stderr, "sort: cannot read: %s: %s\n", name, strerror(errno));
        return -2;
    }
    if (read_lines(f) < 0) {
        fprintf(stderr, "sort: out of memory\n");
        return -2;
    }
    return 0;
}

int main(int argc, char **argv)
{
    int c, status = 0;
    while ((c = getopt(argc, argv, "nru")) != -1) {
        if (c == 'n')
            numeric = 1;
        else if (c == 'r')
            reverse = 1;
        else if (c == 'u')
            unique = 1;
        else {
            fprintf(stderr, "usage: sort [-nru] [FILE...]\n");
            return 2;
        }
    }
    if (qpu_each_input(argc, argv, optind, NULL, read_input, NULL) != 0)
        return 2;
    qsort(lines, count, sizeof *lines, compare);
    for (long i = 0; i < count; i++)
        if (!unique || i == 0 || compare(&lines[i - 1], &lines[i]) != 0)
            puts(lines[i]);
    return status;
}
