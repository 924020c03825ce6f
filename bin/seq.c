/* seq.c - prints a sequence of integers: seq LAST, seq FIRST LAST, seq FIRST STEP LAST;
 * -s SEP between numbers (default newline). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int number(const char *s, long *out)
{
    char *end;
    *out = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0') {
        fprintf(stderr, "seq: invalid number: '%s'\n", s);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    long first = 1, step = 1, last, values[3];
    const char *separator = "\n";
    int c, n;
    while ((c = getopt(argc, argv, "s:")) != -1) {
        if (c != 's')
            goto usage;
        separator = optarg;
    }
    n = argc - optind;
    if (n < 1 || n > 3)
        goto usage;
    for (int k = 0; k < n; k++)
        if (number(argv[optind + k], &values[k]) < 0)
            return 1;
    last = values[n - 1];
    if (n >= 2)
        first = values[0];
    if (n == 3)
        step = values[1];
    if (step == 0) {
        fprintf(stderr, "seq: the step must not be zero\n");
        return 1;
    }
    for (long v = first, any = 0; step > 0 ? v <= last : v >= last; v += step, any = 1)
        printf("%s%ld", any ? separator : "", v);
    if ((step > 0 && first <= last) || (step < 0 && first >= last))
        putchar('\n');
    return 0;
usage:
    fprintf(stderr, "usage: seq [-s SEP] [FIRST [STEP]] LAST\n");
    return 1;
}
