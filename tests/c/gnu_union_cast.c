/* GNU cast to a union: `(union u) x` is a union value whose member of x's type holds
 * x, evaluated once; a cast of a union to its own type is the value. Checked against
 * gcc. */
#include "show.h"

typedef union {
    unsigned long long wide;
    struct { unsigned lo, hi; } halves;
    float f;
    int i;
} number;

static int calls;
static int next(void)
{
    return ++calls;
}

static int high_word(number n)
{
    return (int)(n.wide >> 32);
}

static int as_int(number n)
{
    return n.i;
}

int main(void)
{
    int k = 7;
    float f = 2.5f;
    number a = (number) 0x300000000ULL;
    number b = (number) k;
    number c = (number) f;
    number d = (number) next();
    show("wide", high_word(a));
    show("int variable", b.i);
    show("float", (int)(c.f * 2));
    show("call", d.i);
    show("calls", calls);
    show("argument", high_word((number) 0x500000000ULL));
    int n = as_int((number) next());
    show("argument call", n);
    show("calls again", calls);
    number e = (number) a;
    show("same union", high_word(e));
    return 0;
}
