/* Declarations mixed with statements (C99), declarations in nested blocks after
 * statements, initializers using earlier variables. */
#include "print.h"

int main(void)
{
    int a = 3;
    a *= 2;
    int b = a + 1;
    print_int(b);
    b++;
    int c[3] = {a, b, a + b};
    print_int(c[2]);
    {
        c[0] = 0;
        int d = c[0] + c[1];
        print_int(d);
    }
    for (int i = 0; i < 2; i++) {
        print_char(' ');
        int sq = i * i;
        int cube = sq * i;
        print_int(cube);
    }
    print_char('\n');
    int e = a + b + c[1];
    return e;
}
