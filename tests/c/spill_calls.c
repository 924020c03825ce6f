/* Temporaries live across calls (spilled and restored): calls nested in expressions. */
#include "print.h"

static int id(int x) { return x; }
static int add3(int a, int b, int c) { return a + b + c; }

int main(void)
{
    int a = 3, b = 4;
    int r = a * id(b) + id(a) * b - id(id(a) + id(b)) * (a + id(2));
    print_int(r); print_char('\n');
    r = add3(id(1), add3(id(2), id(3), add3(4, id(5), 6)), id(7) * id(8));
    print_int(r); print_char('\n');
    int arr[4] = {10, 20, 30, 40};
    r = arr[id(1)] + arr[id(2)] * id(arr[id(3)] / 10);
    print_int(r); print_char('\n');
    r = (a + b) * (id(a) - id(b)) + (a * b) / id(2) + ((a << 2) | id(1));
    print_int(r); print_char('\n');
    int x = id(1) ? id(2) + id(3) : id(4);
    print_int(x); print_char('\n');
    int y = id(5) > id(4) && id(3) < id(id(7));
    print_int(y); print_char('\n');
    return r & 0xFF;
}
