/* va_arg with struct, long long, float and pointer arguments mixed. */
#include <stdarg.h>
#include "print.h"

struct pt { int x, y; };

static int total(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) {
        struct pt p = va_arg(ap, struct pt);
        long long w = va_arg(ap, long long);
        double f = va_arg(ap, double);
        int *q = va_arg(ap, int *);
        s += p.x * 100 + p.y + (int)(w / 1000000000) + (int)(f * 10) + *q;
    }
    va_end(ap);
    return s;
}

int main(void)
{
    struct pt a = {1, 2}, b = {3, 4};
    int k = 5, m = 6;
    print_int(total(2, a, 7000000000LL, 1.5, &k, b, -2000000000LL, 0.25, &m)); print_char('\n');
    return total(1, a, 0LL, 0.0, &k);
}
