/* Parameters are local copies: modifying them does not affect the caller; arrays
 * decay (the callee sees the caller's array); structs are copied. */
#include "print.h"

struct box { int v[2]; };

static int scalar(int x) { x *= 10; return x; }
static void array(int a[]) { a[0] = 99; }
static int by_value(struct box b) { b.v[0] = -1; return b.v[1]; }
static void pointer(int *p) { p = 0; }

int main(void)
{
    int x = 4;
    print_int(scalar(x)); print_int(x); print_char('\n');
    int a[2] = {1, 2};
    array(a);
    print_int(a[0]); print_char('\n');
    struct box b = {{5, 6}};
    print_int(by_value(b)); print_int(b.v[0]); print_char('\n');
    int *p = &x;
    pointer(p);
    print_int(p == &x); print_char('\n');
    return x;
}
