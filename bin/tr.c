/* tr.c - translates characters of standard input: tr SET1 SET2 maps, -d deletes the
 * characters of SET1, -s squeezes repeats of the (last) set's characters. Sets know
 * ranges (a-z), escapes (\n \t \\) and the classes [:upper:] [:lower:] [:digit:]
 * [:space:] [:alpha:] [:alnum:]. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define SET_MAX 512

static int class_chars(const char *name, int len, int *out)
{
    int (*test)(int) = NULL, n = 0;
    if (len == 5 && strncmp(name, "upper", 5) == 0) test = isupper;
    if (len == 5 && strncmp(name, "lower", 5) == 0) test = islower;
    if (len == 5 && strncmp(name, "digit", 5) == 0) test = isdigit;
    if (len == 5 && strncmp(name, "space", 5) == 0) test = isspace;
    if (len == 5 && strncmp(name, "alpha", 5) == 0) test = isalpha;
    if (len == 5 && strncmp(name, "alnum", 5) == 0) test = isalnum;
    if (len == 5 && strncmp(name, "punct", 5) == 0) test = ispunct;
    if (test == NULL)
        return -1;
    for (int c = 0; c < 128; c++)
        if (test(c))
            out[n++] = c;
    return n;
}

static int escaped(const char **p)
{
    int c = *(*p)++;
    if (c != '\\' || **p == '\0')
        return c;
    c = *(*p)++;
    return c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
}

/* Expands a set into out[]; returns its length, or -1 for a bad class. */
static int expand(const char *s, int *out)
{
    int n = 0;
    while (*s && n < SET_MAX - 128) {
        if (s[0] == '[' && s[1] == ':') {
            const char *end = strstr(s + 2, ":]");
            int k = end ? class_chars(s + 2, (int)(end - s - 2), out + n) : -1;
            if (k < 0)
                return -1;
            n += k;
            s = end + 2;
            continue;
        }
        int lo = escaped(&s);
        if (*s == '-' && s[1]) {
            s++;
            int hi = escaped(&s);
            for (int c = lo; c <= hi && n < SET_MAX; c++)
                out[n++] = c;
        } else {
            out[n++] = lo;
        }
    }
    return n;
}

int main(int argc, char **argv)
{
    int delete = 0, squeeze = 0, c, set1[SET_MAX], set2[SET_MAX], n1, n2 = 0;
    int map[256], in_squeeze[256], last = -1;
    while ((c = getopt(argc, argv, "ds")) != -1) {
        if (c == 'd')
            delete = 1;
        else if (c == 's')
            squeeze = 1;
        else
            goto usage;
    }
    if (optind >= argc || argc - optind > 2 || (delete && !squeeze && argc - optind != 1) ||
        (!delete && !squeeze && argc - optind != 2))
        goto usage;
    n1 = expand(argv[optind], set1);
    if (optind + 1 < argc)
        n2 = expand(argv[optind + 1], set2);
    if (n1 < 0 || n2 < 0) {
        fprintf(stderr, "tr: invalid character class\n");
        return 1;
    }
    for (int k = 0; k < 256; k++)
        map[k] = k, in_squeeze[k] = 0;
    for (int k = 0; k < n1; k++) {
        int ch = set1[k] & 0xFF;
        if (delete)
            map[ch] = -1;
        else if (n2 > 0)
            map[ch] = set2[k < n2 ? k : n2 - 1];
    }
    {
        int *sq = n2 > 0 ? set2 : set1, nsq = n2 > 0 ? n2 : n1;
        for (int k = 0; squeeze && k < nsq; k++)
            in_squeeze[sq[k] & 0xFF] = 1;
    }
    while ((c = getchar()) != EOF) {
        int out = map[c & 0xFF];
        if (out < 0)
            continue;
        if (squeeze && out == last && in_squeeze[out & 0xFF])
            continue;
        putchar(out);
        last = out;
    }
    return 0;
usage:
    fprintf(stderr, "usage: tr [-ds] SET1 [SET2]\n");
    return 1;
}
