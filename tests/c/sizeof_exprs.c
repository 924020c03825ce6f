/* sizeof on expressions is not evaluated; sizeof of arrays vs pointers; array length
 * idiom; sizeof in constant expressions (results are ratios, so word-size independent). */
#include "print.h"

struct s { int a[10]; int b; };

int main(void)
{
    int arr[17];
    int *p = arr;
    int calls = 0;
    print_int(sizeof arr / sizeof arr[0]); print_char(' ');
    print_int(sizeof(arr) == 17 * sizeof(int)); print_char(' ');
    print_int(sizeof p == sizeof(int *)); print_char('\n');
    print_int(sizeof(calls++) == sizeof(int)); print_int(calls); print_char('\n');
    struct s v;
    print_int(sizeof v.a / sizeof v.a[0]); print_int(sizeof(struct s) / sizeof(int));
    print_char('\n');
    char buf[sizeof(struct s) / sizeof(int) * 2];
    print_int(sizeof buf / sizeof buf[0]); print_char('\n');
    int m[3][5];
    print_int(sizeof m / sizeof m[0]); print_int(sizeof m[0] / sizeof m[0][0]); print_char('\n');
    return sizeof arr / sizeof *arr;
}
