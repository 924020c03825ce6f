/* More scalar locals than callee-saved registers: the rest live in the frame. */
#include "print.h"

static int f(int seed)
{
    int a0 = seed, a1 = a0 + 1, a2 = a1 * 2, a3 = a2 - 3, a4 = a3 + a0, a5 = a4 * 3;
    int a6 = a5 - a1, a7 = a6 + a2, a8 = a7 ^ a3, a9 = a8 + a4, a10 = a9 - a5;
    int a11 = a10 + a6, a12 = a11 * 2, a13 = a12 - a7, a14 = a13 + a8, a15 = a14 | a9;
    int a16 = a15 + a10, a17 = a16 - a11, a18 = a17 + a12, a19 = a18 * 3, a20 = a19 - a13;
    int a21 = a20 + a14, a22 = a21 - a15, a23 = a22 + a16, a24 = a23 & 0xFFFF, a25 = a24 + a17;
    int a26 = a25 + a18, a27 = a26 - a19, a28 = a27 + a20, a29 = a28 + a21, a30 = a29 - a22;
    int a31 = a30 + a23, a32 = a31 + a24, a33 = a32 - a25, a34 = a33 + a26, a35 = a34 + a27;
    for (int i = 0; i < 3; i++) {
        a0 += a35;
        a35 -= a1;
        a17 ^= a0;
    }
    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 +
           a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24 + a25 + a26 + a27 +
           a28 + a29 + a30 + a31 + a32 + a33 + a34 + a35;
}

int main(void)
{
    print_int(f(1)); print_char('\n');
    print_int(f(17)); print_char('\n');
    print_int(f(-5)); print_char('\n');
    return f(2) & 0xFF;
}
