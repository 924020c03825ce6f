/* Integer power by squaring, integer square and cube roots, digit sums. */
#include "print.h"

static int ipow(int b, int e)
{
    int r = 1;
    while (e) {
        if (e & 1) r *= b;
        b *= b;
        e >>= 1;
    }
    return r;
}

static int isqrt(int n)
{
    int lo = 0, hi = 46341;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (mid * mid <= n) lo = mid; else hi = mid - 1;
    }
    return lo;
}

static int icbrt(int n)
{
    int r = 0;
    while ((r + 1) * (r + 1) * (r + 1) <= n) r++;
    return r;
}

static int digit_sum(int n) { int s = 0; while (n) { s += n % 10; n /= 10; } return s; }

int main(void)
{
    print_int(ipow(3, 13)); print_char(' '); print_int(ipow(2, 30)); print_char(' ');
    print_int(ipow(-2, 7)); print_char('\n');
    int vals[] = {0, 1, 99, 100, 2147395600, 123456789};
    for (int i = 0; i < 6; i++) {
        print_int(isqrt(vals[i])); print_char(' ');
    }
    print_char('\n');
    print_int(icbrt(1000)); print_int(icbrt(999)); print_int(icbrt(1728)); print_char('\n');
    print_int(digit_sum(987654321)); print_char('\n');
    return isqrt(10000);
}
