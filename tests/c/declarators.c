/* Complex declarators: pointers to arrays, arrays of function pointers, functions
 * returning pointers to functions, typedefs of function types, abstract declarators. */
#include "print.h"

typedef int fn_t(int);
typedef fn_t *fnp_t;

static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }

static int (*choose(int which))(int) { return which ? dbl : inc; }

static int table[2][3] = {{1, 2, 3}, {4, 5, 6}};
static int (*row_ptr(int r))[3] { return &table[r]; }

int main(void)
{
    int (*fa[2])(int) = {inc, dbl};
    print_int(fa[0](5)); print_int(fa[1](5)); print_char('\n');
    print_int(choose(0)(10)); print_int(choose(1)(10)); print_char('\n');
    fn_t *p = inc;
    fnp_t q = dbl;
    print_int(p(q(3))); print_char('\n');
    int (*r)[3] = row_ptr(1);
    print_int((*r)[2]); print_int(r[0][0]); print_char('\n');
    int *(*pp)[2];
    int x = 7, y = 8;
    int *pair[2] = {&x, &y};
    pp = &pair;
    print_int(*(*pp)[1]); print_char('\n');
    print_int(sizeof(int (*)[3]) == sizeof(void *)); print_char('\n');
    print_int((int)sizeof(int[2][3]) / (int)sizeof(int)); print_char('\n');
    int (*(*chooser)(int))(int) = choose;
    print_int(chooser(1)(21)); print_char('\n');
    return ((int (*)(int))dbl)(4);
}
