/* A variadic C library function called without a declaration (gcc's test programs do
 * this with printf) gets its prototype, as gcc's built-ins do, so the variable
 * arguments are passed as for a prototyped variadic call. Before, the implicit
 * `int f()` passed them as fixed arguments and the callee's va_arg read garbage.
 * Here the "library" functions are the program's own, defined after the calls. */
#include <stdarg.h>
#include "print.h"

static int calls(void)
{
    char buf[4];
    int r = 0;
    r += sprintf(buf, "sum", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0);     /* 55 */
    r += snprintf(buf, 4u, "sum", 100, 200, 0);                       /* 300 */
    r += __builtin_printf("sum", 1000, 2000, 3000, 0);                /* 6000 */
    r += printf("sum", 10000, 0);                                     /* 10000 */
    return r;
}

int main(void)
{
    int r = calls();
    print_int(r);
    print_char('\n');
    print_flush();
    return r == 16355 ? 0 : 1;
}

static int sum_ints(const char *fmt, va_list ap)
{
    int total = 0;
    for (int v; fmt[0] == 's' && (v = va_arg(ap, int)) != 0;)
        total += v;
    return total;
}

/* Each returns the sum of its int arguments up to the 0 that ends them. */
int sprintf(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int t = sum_ints(fmt, ap);
    va_end(ap);
    buf[0] = 0;
    return t;
}

int snprintf(char *buf, __SIZE_TYPE__ n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int t = sum_ints(fmt, ap);
    va_end(ap);
    buf[n - 1] = 0;
    return t;
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int t = sum_ints(fmt, ap);
    va_end(ap);
    return t;
}
