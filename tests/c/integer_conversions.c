/* Integer promotions and conversions (word-size dependent: see .expect):
 * signed/unsigned comparison, unsigned wraparound, division and shifts of negatives,
 * conversions to _Bool. */
#include "print.h"

int main(void)
{
    unsigned u = 1;
    int i = -1;
    print_int(i < u); print_char('\n');          /* -1 converts to UINT_MAX */
    print_int(i < (int)u); print_char('\n');
    print_uint(u - 2); print_char('\n');
    print_uint((unsigned)i >> 28); print_char('\n');
    print_int(i >> 28); print_char('\n');
    print_int(-7 / 2); print_int(-7 % 2); print_int(7 / -2); print_int(7 % -2); print_char('\n');
    unsigned big = 4000000000u;
    print_uint(big / 3); print_uint(big % 7); print_char('\n');
    print_int(big > 5); print_int((int)big < 0); print_char('\n');
    _Bool b = 42;
    print_int(b); b = 0; print_int(b); b = -0; print_int(b); print_char('\n');
    _Bool bp = &u;
    print_int(bp); print_char('\n');
    long l = -5;
    unsigned long ul = l;
    print_int(ul == 4294967291u); print_char('\n');
    int x = 0x7fffffff;
    print_uint((unsigned)x + 1u); print_char('\n');
    print_int(sizeof(int) == sizeof(long)); print_char('\n');
    print_int(10 > 3 == 1); print_char('\n');
    print_uint(0xFFFFFFFF); print_char('\n');
    print_int(-1 == 0xFFFFFFFF); print_char('\n');
    unsigned short us = 5;
    print_int(us - 10 < 0); print_char('\n');    /* differs on the host: promotes to int */
    return 0;
}
