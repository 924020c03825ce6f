/* Walking strings with char pointers: tokenizing in place, trimming, comparing suffixes. */
#include "print.h"

static char *next_token(char **cursor)
{
    char *s = *cursor;
    while (*s == ' ') s++;
    if (!*s) return 0;
    char *start = s;
    while (*s && *s != ' ') s++;
    if (*s) *s++ = 0;
    *cursor = s;
    return start;
}

static int ends_with(const char *s, const char *suffix)
{
    const char *a = s, *b = suffix;
    while (*a) a++;
    while (*b) b++;
    while (b > suffix) {
        if (a == s || *--a != *--b) return 0;
    }
    return 1;
}

int main(void)
{
    char line[] = "  split   these words  up ";
    char *cur = line, *tok;
    int n = 0;
    while ((tok = next_token(&cur))) {
        print_char('['); print_str(tok); print_char(']');
        n++;
    }
    print_char('\n');
    print_int(ends_with("program.c", ".c")); print_int(ends_with("x.h", ".c"));
    print_int(ends_with("c", "abc")); print_char('\n');
    return n;
}
