/* complex_calls.c - complex values passed and returned by value (two words, like long
 * long: docs/abi.md), on the stack past r8, through '...' and va_arg, through function
 * pointers, as struct members, array elements and globals. Host gcc is the oracle. */
#include <stdarg.h>

#include "show.h"

typedef float _Complex cf;

static void pz(const char *label, cf z)
{
    print_str(label);
    print_str(" ");
    print_int((int)__real__ z);
    print_str(" ");
    print_int((int)__imag__ z);
    print_str("\n");
}

static cf global = 3.0f + 4.0fi;
static cf table[3] = { 1.0f, 2.0fi, 5.0f + 6.0fi };
struct pair { int tag; cf z; char c; };
static struct pair gp = { 7, 8.0f + 9.0fi, 'x' };

static cf add3(cf a, cf b, cf c) { return a + b + c; }
static cf conj_of(cf z) { return ~z; }
static float norm(cf z) { return __real__ z * __real__ z + __imag__ z * __imag__ z; }

/* 4 complex arguments fill r1-r8; the rest go on the stack */
static cf many(int k, cf a, cf b, cf c, cf d, cf e, int m, cf f)
{
    return k * a + b + c + d + e * m + f;
}

static cf sum_va(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    cf s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, cf);
    va_end(ap);
    return s;
}

static struct pair make_pair(int tag, cf z)
{
    struct pair p = { tag, z, 'p' };
    return p;
}

static cf power(cf z, int n) { return n == 0 ? 1 : z * power(z, n - 1); }

static void set(cf *out, cf v) { *out = v; }

int main(void)
{
    cf a = 1.0f + 2.0fi, b = -3.0f + 1.0fi;
    pz("add3", add3(a, b, global));
    pz("conj", conj_of(a));
    show("norm", (int)norm(a * b));
    pz("many", many(2, a, b, a, b, a, 3, 10.0f));
    pz("va", sum_va(3, a, b, global));
    pz("va0", sum_va(0));
    cf (*fp)(cf, cf, cf) = add3;
    pz("fp", fp(a, a, a));
    struct pair p = make_pair(5, a * b);
    show("p.tag", p.tag);
    pz("p.z", p.z);
    show("p.c", p.c);
    pz("gp.z", gp.z);
    gp.z *= 2;
    pz("gp.z*2", gp.z);
    pz("power", power(1.0f + 1.0fi, 8));
    for (int i = 0; i < 3; i++)
        pz("table", table[i]);
    set(&table[1], a);
    pz("set", table[1]);
    static cf counter;
    counter += 1.0fi;
    pz("static", counter);
    register cf r = a;
    pz("register", r * r);
    return (int)__real__ (a * ~a);
}
