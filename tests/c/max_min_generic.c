/* Macros vs functions for min/max/clamp over ints, unsigned and floats. */
#include "print.h"

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define CLAMP(x, lo, hi) MIN(MAX(x, lo), hi)

static unsigned bits(float f) { union { float f; unsigned u; } v = {f}; return v.u; }

int main(void)
{
    int v[] = {-50, -1, 0, 7, 99, 1000};
    for (int i = 0; i < 6; i++) {
        print_int(CLAMP(v[i], 0, 100)); print_char(' ');
    }
    print_char('\n');
    unsigned u = MAX(3u, 4000000000u);
    print_uint(u); print_char(' '); print_uint(MIN(u, 5u)); print_char('\n');
    float f = MAX(1.5f, -2.0f), g = MIN(1.5f, -2.0f);
    print_hex(bits(f)); print_char(' '); print_hex(bits(g)); print_char('\n');
    int lo = v[0], hi = v[0];
    for (int i = 1; i < 6; i++) {
        lo = MIN(lo, v[i]);
        hi = MAX(hi, v[i]);
    }
    print_int(lo); print_char(' '); print_int(hi); print_char('\n');
    return CLAMP(500, 1, 9);
}
