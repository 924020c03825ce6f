/* Linear congruential and xorshift generators: sequences, ranges, a Monte Carlo count. */
#include "print.h"

static unsigned lcg_state = 1;
static unsigned lcg(void) { lcg_state = lcg_state * 1664525u + 1013904223u; return lcg_state; }

static unsigned xs = 2463534242u;
static unsigned xorshift(void)
{
    xs ^= xs << 13;
    xs ^= xs >> 17;
    xs ^= xs << 5;
    return xs;
}

int main(void)
{
    for (int i = 0; i < 4; i++) { print_uint(lcg()); print_char(' '); }
    print_char('\n');
    for (int i = 0; i < 4; i++) { print_uint(xorshift()); print_char(' '); }
    print_char('\n');
    int inside = 0;
    for (int i = 0; i < 2000; i++) {
        int x = (int)(xorshift() % 1001) - 500, y = (int)(xorshift() % 1001) - 500;
        inside += x * x + y * y <= 250000;
    }
    print_int(inside); print_char('\n');
    int buckets[5] = {0};
    for (int i = 0; i < 1000; i++) buckets[lcg() % 5]++;
    for (int i = 0; i < 5; i++) { print_int(buckets[i]); print_char(' '); }
    print_char('\n');
    return inside & 0xFF;
}
