/* const and volatile objects, pointers to const, const pointers, const globals. */
#include "print.h"

const int limit = 10;
const int primes[] = {2, 3, 5, 7, 11};
static const char *const names[] = {"alpha", "beta"};

static int sum_const(const int *p, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += p[i];
    return s;
}

int main(void)
{
    volatile int v = 0;
    for (int i = 0; i < limit; i++)
        v += i;
    print_int(v); print_char('\n');
    print_int(sum_const(primes, 5)); print_char('\n');
    int x = 5, y = 6;
    const int *pc = &x;
    pc = &y;
    int *const cp = &x;
    *cp = 50;
    print_int(*pc); print_int(x); print_char('\n');
    print_str(names[1]); print_char('\n');
    const struct { int a, b; } cs = {1, 2};
    print_int(cs.a + cs.b); print_char('\n');
    volatile int *vp = &x;
    *vp = *vp + 1;
    print_int(x); print_char('\n');
    return limit;
}
