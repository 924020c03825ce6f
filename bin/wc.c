/* wc.c - counts lines, words and bytes of files (or standard input); -l, -w, -c pick
 * the counts; several files get a total line. Counts are separated by one space. */
#include <ctype.h>
#include <errno.h>
#include <qpu/inputs.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int show_lines, show_words, show_bytes;
static long total[3];

static void print_counts(const long *counts, const char *name)
{
    int shown[3] = {show_lines, show_words, show_bytes}, first = 1;
    for (int k = 0; k < 3; k++) {
        if (!shown[k])
            continue;
        printf(first ? "%ld" : " %ld", counts[k]);
        first = 0;
    }
    if (name != NULL)
        printf(" %s", name);
    putchar('\n');
}

static int count(int fd, const char *name)
{
    char buf[512];
    long n, counts[3] = {0, 0, 0};
    int in_word = 0;
    while ((n = read(fd, buf, sizeof buf)) > 0) {
        for (long i = 0; i < n; i++) {
            int c = buf[i];
            counts[2]++;
            if (c == '\n')
                counts[0]++;
            if (isspace(c)) {
                in_word = 0;
            } else if (!in_word) {
                in_word = 1;
                counts[1]++;
            }
        }
    }
    for (int k = 0; k < 3; k++)
        total[k] += counts[k];
    print_counts(counts, name);
    return n < 0;
}

static int count_input(FILE *f, const char *name, int index, void *unused)
{
    (void)index, (void)unused;
    return count(fileno(f), name);
}

int main(int argc, char **argv)
{
    int status = 0, c;
    while ((c = getopt(argc, argv, "lwc")) != -1) {
        if (c == 'l')
            show_lines = 1;
        else if (c == 'w')
            show_words = 1;
        else if (c == 'c')
            show_bytes = 1;
        else {
            fprintf(stderr, "usage: wc [-lwc] [FILE...]\n");
            return 1;
        }
    }
    if (!show_lines && !show_words && !show_bytes)
        show_lines = show_words = show_bytes = 1;
    status = qpu_each_input(argc, argv, optind, "wc: %s: %s\n", count_input, NULL);
    if (argc - optind > 1)
        print_counts(total, "total");
    return status;
}
