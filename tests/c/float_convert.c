/* Float <-> integer conversions: truncation toward zero, unsigned values above 2^31,
 * rounding of large integers, float comparisons with integers. */
#include "print.h"

static unsigned bits(float f) { union { float f; unsigned u; } v = {f}; return v.u; }

int main(void)
{
    float vals[] = {0.0f, 0.49f, 0.5f, -0.5f, 1.99f, -1.99f, 123456.7f, -8388608.5f};
    for (int i = 0; i < 8; i++) {
        print_int((int)vals[i]); print_char(' ');
    }
    print_char('\n');
    print_uint((unsigned)3000000000.0f); print_char(' ');
    print_uint((unsigned)4294967040.0f); print_char('\n');
    print_hex(bits((float)16777217)); print_char(' ');
    print_hex(bits((float)2147483647)); print_char(' ');
    print_hex(bits((float)4294967295u)); print_char(' ');
    print_hex(bits((float)-2147483647)); print_char('\n');
    int n = 10;
    float f = 10.0f;
    print_int(n == f); print_int(n < f + 0.5f); print_int((float)n / 4 == 2.5f);
    print_char('\n');
    unsigned u = 3000000000u;
    print_hex(bits((float)u)); print_char('\n');
    return (int)(f / 3);
}
