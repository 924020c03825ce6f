/* vector_ops.c - GNU vector types (vector_size): the element-wise operators + - * / %
 * & | ^ << >> with vector and scalar operands on either side, unary - ~ +, comparisons
 * (-1 or 0 in signed elements of the element's width), compound assignment, ++/--,
 * subscripts read and written (constant and run-time indexes), operands evaluated once.
 * Sizes are written as k * sizeof(T), so the programs mean the same under gcc. */
#include "show.h"

typedef int v4si __attribute__((vector_size(4 * sizeof(int))));
typedef unsigned v4ui __attribute__((vector_size(4 * sizeof(unsigned))));
typedef short v8hi __attribute__((vector_size(8 * sizeof(short))));
typedef float v4sf __attribute__((vector_size(4 * sizeof(float))));
typedef long long v2di __attribute__((vector_size(2 * sizeof(long long))));

#define N(v) ((int)(sizeof(v) / sizeof((v)[0])))

static void pv(const char *label, v4si v)
{
    print_str(label);
    for (int i = 0; i < N(v); i++) {
        print_str(" ");
        print_int(v[i]);
    }
    print_str("\n");
}

static void pu(const char *label, v4ui v)
{
    print_str(label);
    for (int i = 0; i < N(v); i++) {
        print_str(" ");
        print_uint(v[i]);
    }
    print_str("\n");
}

static void pf(const char *label, v4sf v)
{
    print_str(label);
    for (int i = 0; i < N(v); i++) {
        print_str(" ");
        print_int((int)(v[i] * 1000.0f));
    }
    print_str("\n");
}

static int calls;
static v4si counted(v4si v)
{
    calls++;
    return v;
}

int main(void)
{
    v4si a = {100, -20, 3, 44}, b = {7, 3, -2, 5};
    pv("add", a + b);
    pv("sub", a - b);
    pv("mul", a * b);
    pv("div", a / b);
    pv("mod", a % b);
    pv("and", a & b);
    pv("or", a | b);
    pv("xor", a ^ b);
    pv("shl", b << (v4si){1, 2, 3, 4});
    pv("shr", a >> 2);
    pv("scalar left", 1000 - a);
    pv("scalar right", a * 3);
    pv("scalar shift left", 1 << (v4si){0, 1, 2, 3});
    pv("neg", -a);
    pv("not", ~a);
    pv("plus", +a);
    pv("lt", a < b);
    pv("le", a <= (v4si){100, 0, 3, 0});
    pv("gt", a > b);
    pv("ge", a >= 3);
    pv("eq", a == (v4si){100, 0, 3, 0});
    pv("ne", a != (v4si){100, 0, 3, 0});

    v4ui u = {0xFFFFFFF0u, 1, 2, 0x80000000u};
    pu("unsigned shr", u >> 4);
    pu("unsigned div", u / 3);
    pv("unsigned lt", u < 2);

    v8hi h = {1, 2, 3, 4, 5, 6, 7, 8};
    h = h * h - 1;
    show("short elements", N(h));
    for (int i = 0; i < N(h); i++)
        show("h", h[i]);

    v4sf f = {1.5f, -2.0f, 0.25f, 8.0f};
    pf("float mul", f * 2.0f);
    pf("float div", 1.0f / f);
    pf("float add", f + (v4sf){0.5f, 0.5f, 0.5f, 0.5f});
    pv("float lt", f < 1.0f);
    pf("float neg", -f);

    v2di d = {1LL << 40, -3};
    d = d * 5 + 1;
    print_ll(d[0]);
    print_str(" ");
    print_ll(d[1]);
    print_str("\n");
    v2di dl = d < 0;
    print_ll(dl[0]);
    print_str(" ");
    print_ll(dl[1]);
    print_str("\n");

    /* compound assignment, ++ and --, on variables and through pointers */
    v4si c = a;
    c += b;
    c *= 2;
    c -= 1;
    c <<= 1;
    c >>= (v4si){1, 1, 2, 2};
    c |= 1;
    c ^= b;
    c &= ~8;
    c %= 7;
    pv("compound", c);
    v4si *p = &c;
    *p += 10;
    (*p)++;
    ++*p;
    --c;
    pv("inc dec", c);
    v4si old = c++;
    pv("post old", old);
    pv("post new", c);

    /* subscripts: reads and writes, constant and run-time indexes, through pointers */
    for (int i = 0; i < N(c); i++)
        c[i] = i * i;
    c[1] += 5;
    p[0][3] = 99;
    int k = 2;
    c[k]--;
    pv("subscripts", c);
    int *q = &c[2];
    *q = 42;
    show("through pointer", c[2]);
    show("of a value", (a + b)[k]);

    /* each operand is evaluated once */
    calls = 0;
    v4si e = counted(a) * counted(b) + counted(a);
    e += counted(b);
    show("calls", calls);
    pv("counted", e);
    return 0;
}
