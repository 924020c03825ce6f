/* 16.16 fixed-point arithmetic with shifts and rounding; integer square root. */
#include "print.h"

typedef int fixed;
#define ONE (1 << 16)

static fixed from_int(int x) { return x << 16; }
static fixed mul(fixed a, fixed b) { return (a >> 8) * (b >> 8); }
static fixed divf(fixed a, fixed b) { return (a << 6) / (b >> 10); }
static int round_fixed(fixed a) { return (a + ONE / 2) >> 16; }

static unsigned isqrt(unsigned n)
{
    unsigned r = 0, bit = 1u << 30;
    while (bit > n) bit >>= 2;
    while (bit) {
        if (n >= r + bit) {
            n -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
        bit >>= 2;
    }
    return r;
}

int main(void)
{
    fixed a = from_int(3) + ONE / 2;     /* 3.5 */
    fixed b = from_int(2) + ONE / 4;     /* 2.25 */
    print_int(mul(a, b)); print_char(' '); print_int(round_fixed(mul(a, b))); print_char('\n');
    print_int(divf(a, b)); print_char(' '); print_int(round_fixed(divf(a, b) * 100)); print_char('\n');
    fixed x = from_int(1);
    for (int i = 0; i < 10; i++)
        x = mul(x, ONE + ONE / 10);
    print_int(x); print_char('\n');
    unsigned vals[] = {0, 1, 15, 16, 1000000, 4294967295u};
    for (int i = 0; i < 6; i++) {
        print_uint(isqrt(vals[i])); print_char(' ');
    }
    print_char('\n');
    return round_fixed(a);
}
