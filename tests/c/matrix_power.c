/* 2x2 matrix exponentiation (Fibonacci in O(log n)) with struct values mod 10^9+7. */
#include "print.h"

struct m2 { int a, b, c, d; };
#define MOD 1000000007

static int mulmod(int x, int y)
{
    /* (x * y) % MOD without 64-bit: split y into 15-bit halves */
    int hi = y >> 15, lo = y & 0x7FFF;
    int r = (x % MOD) * 1;
    r = 0;
    int t = x;
    for (int i = 0; i < 15; i++) t = (t * 2) % MOD;
    int p1 = 0;
    for (int k = 0; hi; k++, hi >>= 1) {
        if (hi & 1) p1 = (p1 + t) % MOD;
        t = (t * 2) % MOD;
    }
    int p0 = 0, s = x;
    for (; lo; lo >>= 1) {
        if (lo & 1) p0 = (p0 + s) % MOD;
        s = (s * 2) % MOD;
    }
    r = (p0 + p1) % MOD;
    return r;
}

static struct m2 mul(struct m2 x, struct m2 y)
{
    struct m2 r;
    r.a = (mulmod(x.a, y.a) + mulmod(x.b, y.c)) % MOD;
    r.b = (mulmod(x.a, y.b) + mulmod(x.b, y.d)) % MOD;
    r.c = (mulmod(x.c, y.a) + mulmod(x.d, y.c)) % MOD;
    r.d = (mulmod(x.c, y.b) + mulmod(x.d, y.d)) % MOD;
    return r;
}

static int fib(int n)
{
    struct m2 r = {1, 0, 0, 1}, base = {1, 1, 1, 0};
    while (n) {
        if (n & 1) r = mul(r, base);
        base = mul(base, base);
        n >>= 1;
    }
    return r.b;
}

int main(void)
{
    int ns[] = {1, 2, 10, 50, 90, 1000};
    for (int i = 0; i < 6; i++) {
        print_int(fib(ns[i])); print_char(' ');
    }
    print_char('\n');
    return fib(10);
}
