/* Compound assignment with side effects in the lvalue (evaluated once), mixed types. */
#include "print.h"

static int calls;
static int idx(int i) { calls++; return i; }

int main(void)
{
    int a[5] = {1, 2, 3, 4, 5};
    int i = 0;
    a[i++] += 10;
    a[idx(2)] *= 3;
    a[idx(4)] -= a[idx(0)];
    print_int(a[0]); print_int(a[1]); print_int(a[2]); print_int(a[3]); print_int(a[4]);
    print_int(i); print_int(calls); print_char('\n');
    int *p = a;
    *p++ += 100;
    *p++ <<= 2;
    print_int(a[0]); print_int(a[1]); print_int((int)(p - a)); print_char('\n');
    float f = 10.0f;
    int n = 3;
    f /= n;
    n += 2.7f;
    print_int((int)(f * 1000)); print_int(n); print_char('\n');
    unsigned u = 10;
    u -= 20;
    u /= 2;
    print_uint(u); print_char('\n');
    char c = 'a';
    c += 1;
    c *= 1;
    print_char(c); print_char('\n');
    struct { int x; int y[2]; } s = {1, {2, 3}};
    s.y[idx(1)] |= 8;
    s.x ^= 7;
    print_int(s.x); print_int(s.y[1]); print_int(calls); print_char('\n');
    return a[2];
}
