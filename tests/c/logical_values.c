/* The values of relational and logical operators are ints 0 or 1, usable in
 * arithmetic; ! of pointers and floats; double negation. */
#include "print.h"

int main(void)
{
    int a = 5, b = 9;
    int sum = (a < b) + (a > b) + (a != b) + (a == 5) * 10 + !!b * 100;
    print_int(sum); print_char('\n');
    int *p = &a, *q = 0;
    print_int(!p); print_int(!q); print_int(!!p + !!q); print_char('\n');
    float f = 0.0f, g = -0.5f;
    print_int(!f); print_int(!g); print_int(f || g); print_int(f && g); print_char('\n');
    int count = 0;
    for (int i = -3; i <= 3; i++)
        count += i > 0 && i % 2;
    print_int(count); print_char('\n');
    int x = (a > 3) << 4 | (b < 3) << 2;
    print_int(x); print_char('\n');
    return (a < b) == 1;
}
