/* diff.c - compares two text files line by line and prints the differences in the
 * normal format (2c2, 4d3, 5a6 with < and > lines), from a longest common subsequence.
 * Status 0 if the same, 1 if different, 2 on trouble. Files up to a few thousand
 * lines (the table has lines(A) x lines(B) entries). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CELLS 1000000L

struct text {
    char **lines;
    long count;
};

static int load(const char *path, struct text *t)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    char *line = NULL;
    size_t size = 0;
    long capacity = 0;
    if (f == NULL) {
        fprintf(stderr, "diff: %s: %s\n", path, strerror(errno));
        return -1;
    }
    t->lines = NULL;
    t->count = 0;
    while (getline(&line, &size, f) >= 0) {
        if (t->count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            t->lines = realloc(t->lines, capacity * sizeof *t->lines);
            if (t->lines == NULL)
                return -1;
        }
        t->lines[t->count++] = line;
        line = NULL;
        size = 0;
    }
    if (f != stdin)
        fclose(f);
    return 0;
}

static void range(long from, long to)
{
    if (from >= to)
        printf("%ld", from);
    else
        printf("%ld,%ld", from, to);
}

static void put_line(const char *mark, const char *line)
{
    size_t n = strlen(line);
    printf("%s%s", mark, line);
    if (n == 0 || line[n - 1] != '\n')
        printf("\n\\ No newline at end of file\n");
}

static void hunk(const struct text *a, long i0, long i, const struct text *b, long j0, long j)
{
    if (i > i0 && j > j0) {
        range(i0 + 1, i), putchar('c'), range(j0 + 1, j);
    } else if (i > i0) {
        range(i0 + 1, i), printf("d%ld", j0);
    } else {
        printf("%lda", i0), range(j0 + 1, j);
    }
    putchar('\n');
    for (long k = i0; k < i; k++)
        put_line("< ", a->lines[k]);
    if (i > i0 && j > j0)
        puts("---");
    for (long k = j0; k < j; k++)
        put_line("> ", b->lines[k]);
}

int main(int argc, char **argv)
{
    struct text a, b;
    long n, m, i = 0, j = 0;
    int *len, different = 0;
    if (argc != 3 || (argv[1][0] == '-' && argv[1][1])) {
        fprintf(stderr, "usage: diff FILE1 FILE2\n");
        return 2;
    }
    if (load(argv[1], &a) < 0 || load(argv[2], &b) < 0)
        return 2;
    n = a.count, m = b.count;
    if ((n + 1) * (m + 1) > MAX_CELLS || (len = malloc((n + 1) * (m + 1) * sizeof *len)) == NULL) {
        fprintf(stderr, "diff: files too large\n");
        return 2;
    }
#define L(x, y) len[(x) * (m + 1) + (y)]
    for (long x = n; x >= 0; x--)
        for (long y = m; y >= 0; y--) {
            if (x == n || y == m)
                L(x, y) = 0;
            else if (strcmp(a.lines[x], b.lines[y]) == 0)
                L(x, y) = L(x + 1, y + 1) + 1;
            else
                L(x, y) = L(x + 1, y) >= L(x, y + 1) ? L(x + 1, y) : L(x, y + 1);
        }
    while (i < n || j < m) {
        long i0 = i, j0 = j;
        if (i < n && j < m && strcmp(a.lines[i], b.lines[j]) == 0) {
            i++, j++;
            continue;
        }
        while ((i < n || j < m) && !(i < n && j < m && strcmp(a.lines[i], b.lines[j]) == 0)) {
            if (j >= m || (i < n && L(i + 1, j) >= L(i, j + 1)))
                i++;
            else
                j++;
        }
        hunk(&a, i0, i, &b, j0, j);
        different = 1;
    }
    return different;
}
