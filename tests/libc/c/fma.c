/* fma.c - fmaf against the host's on 20000 pseudo-random operand triples (half of them
 * with z near x * y, where the sum cancels): prints the bits of each result, which must
 * be the correctly rounded ones. */
#include <math.h>
#include <stdio.h>
#include <string.h>

static unsigned state = 12345;

static unsigned next_bits(void)
{
    unsigned u;
    state = state * 1103515245u + 12345u;
    u = state;
    state = state * 1103515245u + 12345u;
    return u ^ (state >> 16);
}

static unsigned bits(float x)
{
    unsigned u;
    memcpy(&u, &x, sizeof u);
    return u;
}

int main(void)
{
    int i, k;
    for (i = 0; i < 20000; i++) {
        float v[3];
        for (k = 0; k < 3; k++) {
            unsigned u = next_bits();
            if (k == 2 && (i & 1))  /* z's exponent that of x * y: cancellation */
                u = (u & 0x807FFFFFu) | ((bits(v[0]) + bits(v[1]) - 0x3F800000u) & 0x7F800000u);
            memcpy(&v[k], &u, sizeof u);
            if (!isfinite(v[k]))
                v[k] = 1.5f;
        }
        printf("%08x\n", bits(fmaf(v[0], v[1], v[2])));
    }
    return 0;
}
