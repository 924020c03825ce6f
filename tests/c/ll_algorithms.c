/* long long in algorithms: 64-bit modular exponentiation, Fibonacci up to 2^63,
 * factorization of a 64-bit number, sum of a large series. */
#include "print.h"

static unsigned long long mulmod(unsigned long long a, unsigned long long b,
                                 unsigned long long m)
{
    unsigned long long r = 0;
    a %= m;
    while (b) {
        if (b & 1) r = (r + a) % m;
        a = (a * 2) % m;
        b >>= 1;
    }
    return r;
}

static unsigned long long powmod(unsigned long long b, unsigned long long e,
                                 unsigned long long m)
{
    unsigned long long r = 1;
    while (e) {
        if (e & 1) r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}

int main(void)
{
    print_ull(powmod(2, 1000, 1000000007ULL)); print_char(' ');
    print_ull(powmod(3, 123456789, 998244353ULL)); print_char('\n');
    long long a = 0, b = 1;
    int n = 0;
    while (b > 0 && b < 4000000000000000000LL) {
        long long t = a + b;
        a = b;
        b = t;
        n++;
    }
    print_int(n); print_char(' '); print_ll(b); print_char('\n');
    long long x = 600851475143LL;
    long long largest = 0;
    for (long long f = 2; f * f <= x; f++)
        while (x % f == 0) {
            largest = f;
            x /= f;
        }
    if (x > 1) largest = x;
    print_ll(largest); print_char('\n');
    long long sum = 0;
    for (int i = 1; i <= 100000; i++)
        sum += (long long)i * i;
    print_ll(sum); print_char('\n');
    return (int)(largest % 256);
}
