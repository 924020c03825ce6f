/* Forms met in public C test suites that qcc-lite once got wrong: implicit-int function
 * definitions (also K&R ones), sizeof/alignof of void and of a function, static
 * initializers of a flexible array member (the object grows; sizeof does not), the
 * scope of tags declared in if/while/do/switch statements (C11 6.8.4p3, 6.8.5p5),
 * empty compound literals and compound literals as static initializers (GNU). */
#include "show.h"

twice(x) { return 2 * x; }
__attribute__((noinline)) thrice(int x) { return 3 * x; } /* implicit int after attributes */
static scaled(x, k) char *k; { return x * (k[0] - '0'); }
negate(int v) { return -v; }

typedef struct { int n, v[]; } Vec;
Vec three = { 3, { 10, 20, 30 } };
static Vec named = { .n = 2, .v = { 7, 8 } };
int after_named = 99;
struct word { int tag; unsigned long long big[]; };
struct word wide = { 1, { 0x123456789abcdefULL, 5 } };
struct pair { int a, b; };
struct pair from_literal = (struct pair){ 3, 4 };
struct holder { struct pair p; int n[2]; } held = { (struct pair){ 5, 6 }, (int[]){ 7, 8 } };
enum { in = 0 };

int main(void)
{
    show("twice", twice(21));
    show("thrice", thrice(5));
    show("scaled", scaled(4, "3"));
    show("negate", negate(5));
    show("sizeof void", (int)sizeof(void));
    show("sizeof function", (int)sizeof(main));
    show("alignof void", (int)__alignof__(void));
    int sum = 0;
    for (int i = 0; i < three.n; i++)
        sum += three.v[i];
    show("three", sum);
    show("named", named.v[0] * 10 + named.v[1]);
    show("after", after_named);
    show("wide hi", (int)(wide.big[0] >> 32));
    show("wide lo", (int)(wide.big[0] & 0xffff));
    show("wide next", (int)wide.big[1]);
    show("sizeof grows not", sizeof three == sizeof(Vec));
    show("literal", from_literal.a * 10 + from_literal.b);
    show("held", held.p.a * 1000 + held.p.b * 100 + held.n[0] * 10 + held.n[1]);
    struct pair zero = (struct pair){};
    struct holder local = { (struct pair){ 1, 2 }, { 3, 4 } };
    show("local held", local.p.a * 1000 + local.p.b * 100 + local.n[0] * 10 + local.n[1]);
    show("empty literal", zero.a + zero.b);
    int seen = 0;
    if (sizeof(enum { in = 1 }))
        seen += in;
    seen = seen * 10 + in;
    while (sizeof(enum { in = 2 })) { seen = seen * 10 + in; break; }
    seen = seen * 10 + in;
    do seen = seen * 10 + in; while (0 * sizeof(enum { in = 3 }));
    seen = seen * 10 + in;
    switch (sizeof(enum { in = 4 })) { default: seen = seen * 10 + in; }
    seen = seen * 10 + in;
    show("scopes", seen);
    return 0;
}
