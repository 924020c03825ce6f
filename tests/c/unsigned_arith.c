/* Unsigned arithmetic: wraparound, division, comparisons, mixing with signed values. */
#include "print.h"

int main(void)
{
    unsigned a = 4000000000u, b = 3000000000u;
    print_uint(a + b); print_char(' '); print_uint(a - b); print_char(' ');
    print_uint(b - a); print_char(' '); print_uint(a * 3u); print_char('\n');
    print_uint(a / 7u); print_char(' '); print_uint(a % 1000u); print_char(' ');
    print_uint(a >> 3); print_char(' '); print_uint(a << 1); print_char('\n');
    print_int(a > b); print_int(a < b); print_int(a >= 4000000000u); print_char('\n');
    int neg = -10;
    unsigned u = 5;
    print_int(neg < u); print_int(neg < (int)u); print_uint(neg + u); print_char('\n');
    print_uint(-1u); print_char(' '); print_uint(0u - 1); print_char('\n');
    unsigned x = 0x12345678;
    unsigned h = 0;
    for (int i = 0; i < 100; i++)
        h = h * 31u + x++;
    print_uint(h); print_char('\n');
    unsigned d = 0xFFFFFFFFu;
    print_uint(d / 0x10000u); print_char(' '); print_uint(d % 0x10000u); print_char('\n');
    print_int((int)(3000000000u / 2u)); print_char('\n');
    return (int)(a % 256u);
}
