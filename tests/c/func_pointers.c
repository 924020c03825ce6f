/* Function pointers: tables, callbacks, typedefs, returning function pointers. */
#include "print.h"

typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

static binop pick(int which)
{
    static binop table[] = {add, sub, mul};
    return table[which];
}

static int fold(const int *v, int n, int (*f)(int, int), int init)
{
    for (int i = 0; i < n; i++)
        init = f(init, v[i]);
    return init;
}

static void apply(void (*cb)(int), int n)
{
    for (int i = 0; i < n; i++)
        cb(i);
}

static void show(int x) { print_int(x * x); print_char(','); }

int main(void)
{
    int v[] = {1, 2, 3, 4, 5};
    print_int(fold(v, 5, add, 0)); print_char('\n');
    print_int(fold(v, 5, mul, 1)); print_char('\n');
    print_int(fold(v, 5, pick(1), 100)); print_char('\n');
    print_int(pick(2)(6, 7)); print_char('\n');
    print_int((*pick(0))(6, 7)); print_char('\n');
    apply(show, 5);
    print_char('\n');
    binop ops[3] = {add, sub, mul};
    int r = 0;
    for (int i = 0; i < 3; i++)
        r += ops[i](10, 3);
    print_int(r); print_char('\n');
    return add == pick(0);
}
