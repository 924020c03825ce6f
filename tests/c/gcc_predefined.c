/* gcc's predefined macros for types and limits (__SIZE_TYPE__, __INT_MAX__,
 * __builtin_va_list, ...), alloca declared without <alloca.h>,
 * __builtin_choose_expr, as test suites written for gcc use them, and floating
 * constant expressions in static initializers; checked against gcc. */
#include "show.h"

typedef __SIZE_TYPE__ my_size_t;
typedef __PTRDIFF_TYPE__ my_ptrdiff_t;
typedef __UINT32_TYPE__ u32;
typedef __INT64_TYPE__ i64;
typedef __builtin_va_list my_va_list;

static void *fill(void *p, int c, __SIZE_TYPE__ n)
{
    int *q = p;
    while (n--)
        *q++ = c;
    return p;
}

double half = 1.0 / 2.0;
double tiny = __FLT_MIN__ / 2.0;
float scaled = (float)(3.0 * 4.5 - 0.5);
double cast_div = ((double)7.0) / 2.0;
int as_int = (int)(10.0 / 4.0);

static int sum(int n, ...)
{
    my_va_list ap;
    __builtin_va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++)
        s += __builtin_va_arg(ap, int);
    __builtin_va_end(ap);
    return s;
}

/* alloca declared as the gcc test suites do, without <alloca.h>: still the builtin */
void *alloca(__SIZE_TYPE__);

static int sum_alloca(int n)
{
    int *p = alloca(n * sizeof(int));
    int s = 0;
    for (int i = 0; i < n; i++)
        p[i] = i * i;
    for (int i = 0; i < n; i++)
        s += p[i];
    return s;
}

int main(void)
{
    my_size_t n = 3;
    my_ptrdiff_t d = -2;
    u32 u = 0xFFFFFFFFu;
    i64 big = __LONG_LONG_MAX__;
    int a[4] = { 1, 2, 3, 4 };
    fill(a, 0, n);
    show("fill", a[0] + a[1] + a[2] + a[3]);
    show("ptrdiff", (int)d);
    show("u32 wraps", (int)(u + 2));
    show("int max", __INT_MAX__ == 2147483647);
    show("ll max", big == 9223372036854775807LL);
    show("schar max positive", __SCHAR_MAX__ > 0);
    show("half", (int)(half * 10));
    show("tiny", tiny > 0 && tiny < __FLT_MIN__);
    show("scaled", (int)scaled);
    show("cast div", (int)(cast_div * 10));
    show("as int", as_int);
    show("va", sum(3, 4, 5, 6));
    show("alloca", sum_alloca(10));
    int side = 0;
    show("choose", __builtin_choose_expr(sizeof(int) > 0, 10, side++) +
                   __builtin_choose_expr(0, side++, 2));
    show("not evaluated", side);
    return 0;
}
