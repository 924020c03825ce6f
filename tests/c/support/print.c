/* print.c - test-only output for tests/c (until libc's printf exists): writes text
 * through the debug output peripheral (platform.md, buffered protocol at 0x303). */
#include "print.h"

#define OUT ((volatile int *)0x303)

static int pending[200];
static int npending;

void print_flush(void)
{
    if (npending == 0)
        return;
    for (int i = 0; i < npending; i++)
        OUT[3 + i] = pending[i];
    OUT[2] = npending;
    OUT[0] = 1;
    while (OUT[0] != 0)
        ;
    npending = 0;
}

void print_char(int c)
{
    pending[npending++] = c;
    if (c == '\n' || npending == 200)
        print_flush();
}

void print_str(const char *s)
{
    while (*s)
        print_char(*s++);
}

void print_uint(unsigned v)
{
    char digits[12];
    int n = 0;
    do {
        digits[n++] = '0' + v % 10;
        v /= 10;
    } while (v);
    while (n)
        print_char(digits[--n]);
}

void print_int(int v)
{
    if (v < 0) {
        print_char('-');
        print_uint(-(unsigned)v);
    } else {
        print_uint(v);
    }
}

void print_hex(unsigned v)
{
    const char *hex = "0123456789abcdef";
    for (int shift = 28; shift >= 0; shift -= 4)
        print_char(hex[(v >> shift) & 15]);
}

void print_ull(unsigned long long v)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = '0' + (int)(v % 10);
        v /= 10;
    } while (v);
    while (n)
        print_char(digits[--n]);
}

void print_ll(long long v)
{
    if (v < 0) {
        print_char('-');
        print_ull(-(unsigned long long)v);
    } else {
        print_ull(v);
    }
}
