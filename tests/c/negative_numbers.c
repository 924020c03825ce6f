/* Negative constants and arithmetic: INT_MIN edge cases that are defined, negation,
 * absolute values, rounding of negative division. */
#include "print.h"

static int iabs(int x) { return x < 0 ? -x : x; }

int main(void)
{
    int m = -2147483647 - 1;
    print_int(m); print_char(' '); print_int(m + 1); print_char(' ');
    print_uint((unsigned)m); print_char(' '); print_int(m / 2); print_char('\n');
    print_int(iabs(-5)); print_int(iabs(5)); print_int(iabs(0)); print_char('\n');
    int x = -17;
    print_int(x / 4); print_int(x % 4); print_int(x >> 2); print_int(x & 3); print_char('\n');
    print_int(-(-x)); print_int(- -x); print_int(~x + 1); print_char('\n');
    int neg_consts[] = {-1, -0, -2147483647, -100};
    int s = 0;
    for (int i = 0; i < 4; i++) s += neg_consts[i] / 3;
    print_int(s); print_char('\n');
    return -x;
}
