/* Pascal's triangle with a 2-D array and binomial coefficients computed two ways. */
#include "print.h"

static int binom(int n, int k)
{
    int r = 1;
    for (int i = 1; i <= k; i++)
        r = r * (n - k + i) / i;
    return r;
}

int main(void)
{
    int t[12][12] = {{1}};
    for (int n = 1; n < 12; n++) {
        t[n][0] = 1;
        for (int k = 1; k <= n; k++)
            t[n][k] = t[n - 1][k - 1] + t[n - 1][k];
    }
    int ok = 1;
    for (int n = 0; n < 12; n++) {
        for (int k = 0; k <= n; k++) {
            print_int(t[n][k]);
            print_char(k < n ? ' ' : '\n');
            if (t[n][k] != binom(n, k)) ok = 0;
        }
    }
    print_int(ok); print_char('\n');
    return t[11][5] & 0xFF;
}
