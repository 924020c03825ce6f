/* complex_long_long.c - GNU complex long long types: four words (two long long parts),
 * passed by reference to a copy and returned through a result area as structs are
 * (docs/abi.md). Host gcc is the oracle. */
#include <stdarg.h>

#include "show.h"

typedef __complex__ long long cll;
typedef _Complex unsigned long long cull;

static void pl(const char *label, cll z)
{
    print_str(label);
    print_str(" ");
    print_int((int)(__real__ z >> 32));
    print_str(":");
    print_int((int)__real__ z);
    print_str(" ");
    print_int((int)(__imag__ z >> 32));
    print_str(":");
    print_int((int)__imag__ z);
    print_str("\n");
}

static cll global = 3 + 4i;
static cll table[2] = { 5000000000LL, 7LL * 1i };
static cll mul(cll a, cll b) { return a * b; }
static cll make(long long re, long long im) { cll z; __real__ z = re; __imag__ z = im; return z; }
static long long re_of(cll z) { return __real__ z; }

static cll sum_va(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    cll s = 0;
    while (n--)
        s += va_arg(ap, cll);
    va_end(ap);
    return s;
}

int main(void)
{
    cll a = make(100000, -3), b = 2 + 5i;
    pl("global", global);
    pl("table0", table[0]);
    pl("table1", table[1]);
    pl("a*b", mul(a, b));
    pl("a*a", a * a);
    pl("a+b", a + b);
    pl("a-b", a - b);
    pl("a/b", a / b);
    pl("big/b", (cll)(4000000000000LL + 6000000000000LL * 1i) / b);
    pl("-a", -a);
    pl("~a", ~a);
    pl("a*3", a * 3);
    show("a==a", a == a);
    show("a!=b", a != b);
    show("!a", !a);
    a *= b;
    pl("a*=b", a);
    a++;
    pl("a++", a);
    show("re_of", (int)re_of(a));
    pl("va", sum_va(3, a, b, global));
    cull u = 1;
    u -= 2i;
    show("u", __imag__ u == 0xFFFFFFFFFFFFFFFEULL);
    _Complex int ci = b;
    show("ci", __real__ ci * 100 + __imag__ ci);
    float _Complex f = b;
    show("f", (int)__imag__ f);
    return (int)__imag__ b;
}
