/* Sieve of Eratosthenes, trial division, gcd/lcm, modular exponentiation. */
#include "print.h"

static char composite[2000];

static int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a; }

static unsigned powmod(unsigned b, unsigned e, unsigned m)
{
    unsigned r = 1;
    b %= m;
    while (e) {
        if (e & 1)
            r = r * b % m;
        b = b * b % m;
        e >>= 1;
    }
    return r;
}

static int is_prime(int n)
{
    if (n < 2) return 0;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

int main(void)
{
    int count = 0, last = 0;
    for (int i = 2; i < 2000; i++) {
        if (composite[i])
            continue;
        count++;
        last = i;
        for (int j = i * i; j < 2000; j += i)
            composite[j] = 1;
    }
    print_int(count); print_char(' '); print_int(last); print_char('\n');
    int agree = 1;
    for (int i = 0; i < 2000; i++)
        if (is_prime(i) != (i >= 2 && !composite[i]))
            agree = 0;
    print_int(agree); print_char('\n');
    print_int(gcd(1071, 462)); print_char(' ');
    print_int(1071 / gcd(1071, 462) * 462); print_char('\n');
    print_uint(powmod(3, 200, 1000)); print_char(' ');
    print_uint(powmod(7, 65535, 65521)); print_char('\n');
    return count % 256;
}
