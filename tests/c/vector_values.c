/* vector_values.c - GNU vector types as values: globals and locals with brace
 * initializers (missing elements zero), struct members and arrays of vectors,
 * parameters and results (also through function pointers), compound literals, ?: of
 * vectors, casts between vector types of one size and to/from a scalar of that size
 * (the bits), __builtin_shuffle with one and two vectors, __builtin_convertvector,
 * typedefs with the attribute before or after, the __vector_size__ spelling, typedef
 * names in the attribute's argument, sizeof (also at file scope). Sizes are
 * k * sizeof(T), as gcc means them. */
#include "show.h"

typedef int v4si __attribute__((vector_size(4 * sizeof(int))));
typedef unsigned __attribute__((__vector_size__(4 * sizeof(unsigned)))) v4ui;
typedef int v2si __attribute__((vector_size(2 * sizeof(int))));
typedef float v4sf __attribute__((vector_size(4 * sizeof(float))));
typedef long long v2di __attribute__((vector_size(2 * sizeof(long long))));
typedef char v8qi __attribute__((vector_size(8 * sizeof(char))));

/* a typedef name in the attribute's argument */
typedef long long wide_t;
typedef wide_t v2w __attribute__((vector_size(2 * sizeof (wide_t))));

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

v4si g1 = {1, 2, 3, 4};
v4si g2 = {5};
v4si g3;
v4si g4 = {9, 0, 7};
static const v4si g5 = {11, 12, 13, 14};
struct S {
    int tag;
    v4si v;
    v2si w;
} gs = {1, {2, 3, 4, 5}, {6, 7}}, gs2 = {8, 9, 10, 11, 12, 13, 14};
v4si garr[2] = {{1, 1, 1, 1}, {2, 2}};
int __attribute__((vector_size(2 * sizeof(int)))) gdecl = {21, 22};
int gsize = sizeof(g1 + g1) == sizeof(v4si) && sizeof((g1 < 2)[1]) == sizeof(int);

static v4si twice(v4si v) { return v + v; }
static v4si pick(int which, v4si a, v4si b) { return which ? a : b; }
static struct S with(struct S s, v4si v)
{
    s.v += v;
    return s;
}
static int sum(v4si v)
{
    int t = 0;
    for (int i = 0; i < N(v); i++)
        t += v[i];
    return t;
}

int main(void)
{
    show("sizeof matches", sizeof(v4si) == 4 * sizeof(int));
    show("elements", N(g1));
    show("v2di elements", (int)(sizeof(v2di) / sizeof(long long)));
    show("char elements", N((v8qi){0}));
    show("v2w elements", N((v2w){0}));
    pv("g1", g1);
    pv("g2", g2);
    pv("g3", g3);
    pv("g4", g4);
    pv("g5", g5);
    pv("gs.v", gs.v);
    show("gs.w", gs.w[0] * 100 + gs.w[1]);
    pv("gs2.v", gs2.v);
    show("gs2.w", gs2.w[0] * 100 + gs2.w[1]);
    pv("garr1", garr[1]);
    show("gdecl", gdecl[0] + gdecl[1]);
    show("gsize", gsize);

    v4si l = {3, 1};
    pv("local", l);
    v4si (*fp)(v4si) = twice;
    pv("twice", fp(l));
    pv("pick a", pick(1, g1, g2));
    pv("pick b", pick(0, g1, g2));
    show("sum", sum((v4si){1, 2, 3, 4} * 10));
    struct S s = with(gs, g1);
    pv("with", s.v);
    show("with tag", s.tag);
    int c = 0;
    pv("cond", c ? g1 : twice(g1));
    v4si arr[3];
    for (int i = 0; i < 3; i++)
        arr[i] = g1 * i;
    pv("arr", arr[2]);

    /* casts: the same bits in another vector type, or in a scalar of the same size */
    v4si neg = {-1, -2, 0, 5};
    v4ui u = (v4ui)neg;
    show("to unsigned", u[0] == 0xFFFFFFFFu && u[1] == 0xFFFFFFFEu && u[3] == 5);
    v4si back = (v4si)u;
    pv("back", back);
    v4sf f = {1.0f, -2.0f, 0.5f, 0.0f};
    v4si bits = (v4si)f;
    show("float bits", bits[0] == 0x3F800000 && bits[1] == (int)0xC0000000);
    v2si pair = {0x11223344, 0x55667788};
    long long ll = (long long)pair;
    show("ll high", (int)(ll >> 32));
    show("ll low", (int)ll);
    v2si again = (v2si)(ll + 1);
    show("again", again[0] - 0x11223344);
    v2di wide = (v2di)neg;
    show("v2di from v4si", (int)(wide[0] >> 32));

    /* __builtin_shuffle and __builtin_convertvector */
    v4si a = {10, 20, 30, 40}, b = {50, 60, 70, 80};
    pv("shuffle", __builtin_shuffle(a, (v4si){3, 2, 1, 0}));
    pv("shuffle mod", __builtin_shuffle(a, (v4si){4, 5, -1, 0}));
    pv("shuffle2", __builtin_shuffle(a, b, (v4si){0, 4, 7, 3}));
    pv("shuffle2 mod", __builtin_shuffle(a, b, (v4si){8, 9, 15, 12}));
    v4sf fl = __builtin_convertvector(a, v4sf) / 4.0f;
    pv("convert back", __builtin_convertvector(fl, v4si));
    v2di dd = __builtin_convertvector((v2si){-5, 7}, v2di);
    show("convert wide", (int)(dd[0] * dd[1]));

    /* compound literals and assignment chains */
    v4si x, y;
    x = y = (v4si){4, 3, 2, 1};
    pv("chain", x + y);
    v4si *p = &(v4si){9, 9, 9, 9};
    (*p)[1] = 0;
    pv("literal", *p);
    return 0;
}
