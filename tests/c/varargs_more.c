/* Variadic functions with many named parameters (some on the stack), va_copy,
 * pointers and strings as variadic arguments, forwarding a va_list. */
#include <stdarg.h>
#include "print.h"

static int weighted(int a, int b, int c, int d, int e, int f, int g, int h, int i, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int s = a + b + c + d + e + f + g + h + i;
    for (int k = 0; k < n; k++)
        s += (k + 1) * va_arg(ap, int);
    va_end(ap);
    return s;
}

static int vsum(int n, va_list ap)
{
    int s = 0;
    while (n--)
        s += va_arg(ap, int);
    return s;
}

static int sum_twice(int n, ...)
{
    va_list ap, copy;
    va_start(ap, n);
    va_copy(copy, ap);
    int a = vsum(n, ap);
    int b = vsum(n, copy);
    va_end(copy);
    va_end(ap);
    return a + b;
}

static void join(const char *sep, ...)
{
    va_list ap;
    va_start(ap, sep);
    const char *s = va_arg(ap, const char *);
    int first = 1;
    while (s) {
        if (!first)
            print_str(sep);
        print_str(s);
        first = 0;
        s = va_arg(ap, const char *);
    }
    va_end(ap);
    print_char('\n');
}

static int deref_all(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++)
        s += *va_arg(ap, int *);
    va_end(ap);
    return s;
}

int main(void)
{
    print_int(weighted(1, 2, 3, 4, 5, 6, 7, 8, 9, 3, 100, 10, 1)); print_char('\n');
    print_int(sum_twice(4, 1, 2, 3, 4)); print_char('\n');
    join(", ", "a", "bb", "ccc", (char *)0);
    join("-", (char *)0);
    int x = 5, y = 6, z = 7;
    print_int(deref_all(3, &x, &y, &z)); print_char('\n');
    return sum_twice(2, 10, 11);
}
