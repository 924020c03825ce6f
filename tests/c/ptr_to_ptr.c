/* Pointers to pointers: modifying a caller's pointer, arrays of strings via char **,
 * triple indirection. */
#include "print.h"

static void advance(const char **p, int n) { *p += n; }

static int count_words(char **words)
{
    int n = 0;
    while (*words++)
        n++;
    return n;
}

static void set_through(int ***ppp, int v) { ***ppp = v; }

int main(void)
{
    const char *s = "abcdefgh";
    advance(&s, 3);
    print_str(s); print_char('\n');
    char w0[] = "one", w1[] = "two", w2[] = "three";
    char *words[] = {w0, w1, w2, 0};
    print_int(count_words(words)); print_char('\n');
    char **wp = words;
    wp++;
    print_str(*wp); print_char((*wp)[1]); print_char(wp[1][4]); print_char('\n');
    int x = 1, *px = &x, **ppx = &px;
    set_through(&ppx, 55);
    print_int(x); print_char('\n');
    return x;
}
