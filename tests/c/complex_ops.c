/* complex_ops.c - complex arithmetic (GNU C and C11 _Complex): + - * / with complex and
 * real operands, == !=, unary - + ~ !, truth values, conversions, op=, ++/--,
 * __real__/__imag__ as lvalues, integer complex types, operands evaluated once. The
 * host gcc is the oracle: the values are exact in float, or printed rounded. */
#include "show.h"

typedef float _Complex cf;
typedef _Complex int ci;

static int milli(float x)
{
    return x < 0 ? -(int)(-x * 1000.0f + 0.5f) : (int)(x * 1000.0f + 0.5f);
}

static void pz(const char *label, cf z)
{
    print_str(label);
    print_str(" ");
    print_int(milli(__real__ z));
    print_str(" ");
    print_int(milli(__imag__ z));
    print_str("\n");
}

static void pi(const char *label, ci z)
{
    print_str(label);
    print_str(" ");
    print_int(__real__ z);
    print_str(" ");
    print_int(__imag__ z);
    print_str("\n");
}

static int calls;
static cf next(cf z) { calls++; return z; }

static void arithmetic(void)
{
    cf a = 1.0f + 2.0fi, b = 3.0f - 1.0fi, zero = 0;
    pz("a+b", a + b);
    pz("a-b", a - b);
    pz("a*b", a * b);
    pz("a/b", a / b);
    pz("b/a", b / a);
    pz("a/(0.5+4i)", a / (0.5f + 4.0fi));
    pz("a/2", a / 2);
    pz("a/2i", a / 2.0fi);
    pz("-a", -a);
    pz("+a", +a);
    pz("~a", ~a);
    pz("2*a", 2 * a);
    pz("a*2.5", a * 2.5f);
    pz("a+1", a + 1);
    pz("1-a", 1 - a);
    pz("8/(1+i)", 8.0f / (1.0f + 1.0fi));
    pz("i*i", 1.0fi * 1.0fi);
    show("a==a", a == a);
    show("a==b", a == b);
    show("a!=b", a != b);
    show("a!=a", a != a);
    show("(cf)3==3", (cf)3 == 3);
    show("3!=(cf)3+i", 3 != (cf)3 + 1.0fi);
    show("!a", !a);
    show("!zero", !zero);
    show("!i", !(0.0f + 1.0fi));
    show("bool", (_Bool)(0.0f + 1.0fi));
    show("bool0", (_Bool)zero);
    show("cond", a ? 1 : 2);
    show("condz", zero ? 1 : 2);
    show("and", a && zero);
    show("or", zero || b);
    int n = 0;
    for (cf z = 3.0fi; z; z -= 1.0fi)
        n++;
    show("loop", n);
    if (!zero && a)
        show("if", 1);
}

static void assignments(void)
{
    cf a = 1.0f + 2.0fi, b = 3.0f - 1.0fi, c = a;
    c += b; pz("c+=b", c);
    c *= 2; pz("c*=2", c);
    c /= a; pz("c/=a", c);
    c -= 1.0fi; pz("c-=i", c);
    pz("c++", c++); pz("after", c);
    pz("--c", --c);
    pz("c--", c--);
    pz("++c", ++c);
    __real__ c = 5; __imag__ c = -6; pz("parts", c);
    __real__ c += 1; __imag__ c *= 2; pz("parts op=", c);
    float *re = &__real__ c, *im = &__imag__ c;
    *re = 7; *im = 8; pz("part pointers", c);
    float f = a; show("f", (int)f);
    f += a; show("f+=a", (int)f);
    f *= b; show("f*=b", (int)f);
    int k = b; show("k", k);
    k -= a; show("k-=a", k);
    cf *p = &c;
    *p = 1.5f; pz("*p", c);
    __real__ *p = 4; pz("real *p", *p);
    *p *= *p; pz("*p*=*p", c);
    cf v[3] = { 1, 2, 3 };
    int i = 0;
    v[i++] *= 1.0fi; /* i++ runs once */
    v[i++] += a;
    show("i", i);
    pz("v0", v[0]); pz("v1", v[1]); pz("v2", v[2]);
    calls = 0;
    cf w = next(a) * next(b) / next(a);
    show("calls", calls);
    pz("w", w);
    calls = 0;
    show("next==", next(a) == a);
    show("calls", calls);
    cf m = 2.0f + 3.0fi;
    m = m * m - m / (m + 1); /* the old value in every operand */
    pz("m", m);
    m = __imag__ m + __real__ m * 1.0fi; /* swap */
    pz("swapped", m);
}

static void integers(void)
{
    ci a = 5 + 6i, b = 2 - 1i;
    pi("a+b", a + b);
    pi("a*b", a * b);
    pi("a/b", a / b);
    pi("a*a/b", a * a / b);
    pi("(0+50i)/(2+i)", 50i / (2 + 1i));
    pi("-a", -a);
    pi("~a", ~a);
    a *= 3; pi("a*=3", a);
    a /= 2; pi("a/=2", a);
    a++; pi("a++", a);
    _Complex char cc = 3 + 4i;
    _Complex short cs = cc * cc;
    pi("cs", cs);
    unsigned _Complex u = 7;
    u -= 9i;
    show("u.im", __imag__ u > 100);
    cf f = a; pz("cf from ci", f);
    ci back = f * 1.5f; pi("ci from cf", back);
    show("__real__ int", __real__ 7);
    show("__imag__ int", __imag__ 7);
    show("== int", (ci)4 == 4);
}

static void conditionals(int s)
{
    cf a = 1.0f + 2.0fi;
    pz("?:", s ? a : 3.0f);
    pz("?:2", !s ? a : 3.0f);
    ci x = 1 + 1i;
    pz("?:mixed", s ? x : a);
    double _Complex d = s ? (double _Complex)a : 0;
    pz("double", d);
    long double _Complex ld = d * d;
    pz("long double", ld);
}

int main(void)
{
    arithmetic();
    assignments();
    integers();
    conditionals(1);
    return 0;
}
