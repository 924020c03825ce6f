/* Prime factorization into arrays of (prime, exponent) pairs; divisor counts and sums. */
#include "print.h"

struct factor { int p, e; };

static int factorize(int n, struct factor *out)
{
    int k = 0;
    for (int p = 2; p * p <= n; p++) {
        if (n % p) continue;
        out[k].p = p;
        out[k].e = 0;
        while (n % p == 0) { n /= p; out[k].e++; }
        k++;
    }
    if (n > 1) { out[k].p = n; out[k].e = 1; k++; }
    return k;
}

int main(void)
{
    int nums[] = {2, 12, 97, 360, 1001, 65536, 999999};
    for (int i = 0; i < 7; i++) {
        struct factor f[16];
        int k = factorize(nums[i], f);
        int divisors = 1, sum = 1;
        print_int(nums[i]); print_char('=');
        for (int j = 0; j < k; j++) {
            print_int(f[j].p); print_char('^'); print_int(f[j].e);
            print_char(j + 1 < k ? '*' : ' ');
            divisors *= f[j].e + 1;
            int term = 1, pw = 1;
            for (int e = 0; e < f[j].e; e++) { pw *= f[j].p; term += pw; }
            sum *= term;
        }
        print_int(divisors); print_char(' '); print_int(sum); print_char('\n');
    }
    return 0;
}
