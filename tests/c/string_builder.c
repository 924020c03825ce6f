/* Building strings in a buffer with a cursor struct: append text, numbers, padding. */
#include "print.h"

struct sb { char buf[128]; int len; };

static void put(struct sb *b, char c) { if (b->len < 127) b->buf[b->len++] = c; b->buf[b->len] = 0; }
static void puts_(struct sb *b, const char *s) { while (*s) put(b, *s++); }
static void putnum(struct sb *b, int v, int width)
{
    char tmp[12];
    int n = 0, neg = v < 0;
    unsigned u = neg ? -(unsigned)v : (unsigned)v;
    do { tmp[n++] = '0' + u % 10; u /= 10; } while (u);
    if (neg) tmp[n++] = '-';
    while (width-- > n) put(b, ' ');
    while (n) put(b, tmp[--n]);
}

int main(void)
{
    struct sb b = {{0}, 0};
    puts_(&b, "x=");
    putnum(&b, 42, 5);
    puts_(&b, "; y=");
    putnum(&b, -7, 0);
    puts_(&b, "; z=");
    putnum(&b, -2147483647 - 1, 12);
    print_str(b.buf); print_char('\n');
    print_int(b.len); print_char('\n');
    return b.len;
}
