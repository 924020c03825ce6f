/* Bit manipulation with unsigned ints: popcount, reversal, rotation, masks, parity. */
#include "print.h"

static int popcount(unsigned x)
{
    int n = 0;
    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}

static unsigned reverse_bits(unsigned x)
{
    unsigned r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    return r;
}

static unsigned rotl(unsigned x, int n) { return (x << n) | (x >> (32 - n)); }

static int parity(unsigned x)
{
    x ^= x >> 16;
    x ^= x >> 8;
    x ^= x >> 4;
    x ^= x >> 2;
    x ^= x >> 1;
    return x & 1;
}

int main(void)
{
    unsigned vals[] = {0, 1, 0xFF, 0x80000000u, 0xDEADBEEFu, 12345678};
    for (int i = 0; i < 6; i++) {
        unsigned v = vals[i];
        print_int(popcount(v)); print_char(' ');
        print_hex(reverse_bits(v)); print_char(' ');
        print_hex(rotl(v, 7)); print_char(' ');
        print_int(parity(v)); print_char(' ');
        print_hex(v & -v); print_char(' ');
        print_hex(~v ^ 0x0F0F0F0Fu); print_char('\n');
    }
    unsigned m = 0;
    m |= 1u << 31;
    m |= 1u << 4;
    print_hex(m); print_char(' ');
    print_int((m >> 31) & 1); print_int((m >> 5) & 1); print_char('\n');
    int s = -16;
    print_int(s >> 2); print_int(s << 2); print_hex((unsigned)s >> 2); print_char('\n');
    return popcount(0xFFFF);
}
