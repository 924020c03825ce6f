/* Pointers: address-of, dereference, pointer arithmetic and comparison, swap. */
#include "print.h"

static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }

int main(void)
{
    int x = 3, y = 4;
    swap(&x, &y);
    print_int(x); print_int(y); print_char('\n');
    int arr[10];
    for (int i = 0; i < 10; i++)
        arr[i] = i * i;
    int *p = arr, *q = &arr[9];
    print_int(q - p); print_char('\n');
    print_int(*(p + 3)); print_char('\n');
    p += 2;
    print_int(*p); print_int(p[1]); print_int(p[-1]); print_char('\n');
    print_int(p < q); print_int(p > q); print_int(p == arr + 2); print_char('\n');
    int **pp = &p;
    **pp = 100;
    print_int(arr[2]); print_char('\n');
    int s = 0;
    for (int *r = arr; r != arr + 10; r++)
        s += *r;
    print_int(s); print_char('\n');
    int *np = 0;
    print_int(np == 0); print_int(!np); print_char('\n');
    return *q;
}
