/* long long and unsigned long long (64 bits, two words): arithmetic, carries,
 * multiplication, division, shifts, comparisons, conversions, calls and returns. */
#include "print.h"

static long long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
static unsigned long long fib(int n)
{
    unsigned long long a = 0, b = 1;
    while (n--) {
        unsigned long long t = a + b;
        a = b;
        b = t;
    }
    return a;
}

static long long mix(int a, long long b, int c, long long d) { return a * b + c * d; }

long long g = -1234567890123LL;
unsigned long long gu = 0xFEDCBA9876543210ULL;
long long table[3] = {1, -2, 1LL << 40};

int main(void)
{
    long long a = 4000000000LL, b = -3;
    print_ll(a + a); print_char(' '); print_ll(a * b); print_char(' ');
    print_ll(a / b); print_char(' '); print_ll(a % 7); print_char('\n');
    print_ll(fact(20)); print_char(' '); print_ull(fib(90)); print_char('\n');
    unsigned long long u = 0xFFFFFFFFULL;
    u += 1;
    print_ull(u); print_char(' '); print_ull(u - 2); print_char(' ');
    print_ull(u * u - 1); print_char('\n');
    print_ll(g); print_char(' '); print_ull(gu); print_char(' ');
    print_ull(gu >> 4); print_char(' '); print_ll(g >> 3); print_char(' ');
    print_ll(g << 5); print_char('\n');
    for (int s = 0; s < 64; s += 13) {
        print_ull(gu << s); print_char(' ');
        print_ll((long long)gu >> s); print_char(' ');
    }
    print_char('\n');
    print_int(a > b); print_int(a < b); print_int(b < 0); print_int(u > 0xFFFFFFFFULL);
    print_int(g <= -1234567890123LL); print_int(gu == 0xFEDCBA9876543210ULL);
    print_int((unsigned long long)b > u); print_char('\n');
    int small = (int)a;
    unsigned us = (unsigned)a;
    print_int(small); print_char(' '); print_uint(us); print_char(' ');
    print_ll((long long)-5); print_char(' '); print_ll((long long)4000000000u); print_char('\n');
    print_ll(mix(3, 1000000000000LL, -2, 7)); print_char('\n');
    print_ll(table[0] + table[1] + table[2]); print_char('\n');
    long long x = 10;
    x += 5;
    x *= -3;
    x <<= 33;
    x >>= 30;
    x -= 1;
    x++;
    ++x;
    x--;
    print_ll(x); print_char(' ');
    print_ll(-x); print_char(' '); print_ll(~x); print_char(' '); print_int(!x);
    print_char('\n');
    long long q = 0x123456789LL;
    print_ll(q & 0xFF00FF00FFLL); print_char(' '); print_ll(q | 1); print_char(' ');
    print_ll(q ^ -1LL); print_char('\n');
    print_ll(9223372036854775807LL); print_char(' ');
    print_ll(-9223372036854775807LL - 1); print_char(' ');
    print_ull(18446744073709551615ULL / 3); print_char('\n');
    if (q)
        print_str("nonzero\n");
    float f = (float)q;
    print_int(f > 4.8e9f && f < 4.9e9f); print_char(' ');
    long long back = (long long)1.5e10f;
    print_ll(back); print_char(' '); print_ll((long long)-2.5f); print_char('\n');
    return (int)(fact(5) % 256);
}
