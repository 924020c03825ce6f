/* 64-bit bit manipulation: popcount, bit reversal, leading zeros, rotations. */
#include "print.h"

static int popcount64(unsigned long long x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static int clz64(unsigned long long x)
{
    if (!x) return 64;
    int n = 0;
    while (!(x & 0x8000000000000000ULL)) { x <<= 1; n++; }
    return n;
}
static unsigned long long rotl64(unsigned long long x, int r) { return r ? (x << r) | (x >> (64 - r)) : x; }

int main(void)
{
    unsigned long long vals[] = {0, 1, 0xFFULL, 0x8000000000000000ULL, 0x0123456789ABCDEFULL};
    for (int i = 0; i < 5; i++) {
        print_int(popcount64(vals[i])); print_char(' ');
        print_int(clz64(vals[i])); print_char(' ');
        print_ull(rotl64(vals[i], 12)); print_char(' ');
        print_ull(vals[i] >> 60); print_char('\n');
    }
    unsigned long long m = (1ULL << 40) - 1;
    print_ull(m); print_char(' '); print_ull(~m); print_char(' ');
    print_ull(m ^ 0xFFFF0000FFFF0000ULL); print_char('\n');
    return popcount64(0x0123456789ABCDEFULL);
}
