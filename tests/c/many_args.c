/* More than eight arguments (passed on the stack), mixed with calls in arguments. */
#include "print.h"

static int f10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}

static int twice(int x) { return 2 * x; }

int main(void)
{
    print_int(f10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)); print_char('\n');
    print_int(f10(twice(1), 2, twice(3), 4, 5, 6, 7, 8, twice(9), twice(10))); print_char('\n');
    int v = f10(1, 1, 1, 1, 1, 1, 1, 1, 1, 1) + twice(f10(0, 0, 0, 0, 0, 0, 0, 0, 0, 1));
    print_int(v); print_char('\n');
    return v & 0xFF;
}
