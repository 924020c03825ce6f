/* Chained assignments across types, assignment as a value in conditions and calls. */
#include "print.h"

static int echo(int x) { return x; }

int main(void)
{
    int a, b, c;
    a = b = c = 7;
    print_int(a + b + c); print_char('\n');
    int arr[3];
    arr[0] = arr[1] = arr[2] = -1;
    print_int(arr[0] + arr[1] + arr[2]); print_char('\n');
    float f;
    int i;
    f = i = 5;
    print_int((int)(f * 2) + i); print_char('\n');
    int n = 0, x;
    while ((x = echo(n++)) < 4)
        print_int(x);
    print_char('\n');
    print_int(echo(a = 3) + a); print_char('\n');
    struct { int p, q; } s1, s2;
    s1.p = s1.q = 9;
    s2 = s1;
    print_int(s2.p + s2.q); print_char('\n');
    return a;
}
