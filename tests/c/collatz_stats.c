/* Collatz sequences: longest chain below a bound, with unsigned arithmetic. */
#include "print.h"

static int chain(unsigned n)
{
    int steps = 1;
    while (n != 1) {
        n = n & 1 ? 3 * n + 1 : n >> 1;
        steps++;
    }
    return steps;
}

int main(void)
{
    int best = 0, best_n = 0;
    for (unsigned n = 1; n < 3000; n++) {
        int c = chain(n);
        if (c > best) {
            best = c;
            best_n = n;
        }
    }
    print_int(best_n); print_char(' '); print_int(best); print_char('\n');
    print_int(chain(27)); print_char('\n');
    return best & 0xFF;
}
