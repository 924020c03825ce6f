/* The extended Euclidean algorithm with results through pointers; modular inverses. */
#include "print.h"

static int ext_gcd(int a, int b, int *x, int *y)
{
    if (b == 0) {
        *x = 1;
        *y = 0;
        return a;
    }
    int x1, y1;
    int g = ext_gcd(b, a % b, &x1, &y1);
    *x = y1;
    *y = x1 - (a / b) * y1;
    return g;
}

static int inverse(int a, int m)
{
    int x, y;
    if (ext_gcd(a, m, &x, &y) != 1)
        return -1;
    return ((x % m) + m) % m;
}

int main(void)
{
    int pairs[][2] = {{240, 46}, {17, 5}, {1071, 462}, {13, 13}};
    for (int i = 0; i < 4; i++) {
        int x, y;
        int g = ext_gcd(pairs[i][0], pairs[i][1], &x, &y);
        print_int(g); print_char(' '); print_int(x); print_char(' '); print_int(y);
        print_char(' '); print_int(pairs[i][0] * x + pairs[i][1] * y == g); print_char('\n');
    }
    print_int(inverse(3, 11)); print_int(inverse(10, 17)); print_int(inverse(6, 9));
    print_char('\n');
    return inverse(7, 13);
}
