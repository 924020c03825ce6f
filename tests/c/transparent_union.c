/* GNU transparent unions: a parameter of a union type with transparent_union accepts
 * an argument of any member's type (also a null pointer constant or a void pointer),
 * and a value of the union itself. The attribute on a typedef or after the union's
 * body. Checked against gcc. */
#include "show.h"

struct point { int x, y; };

typedef union {
    int *ip;
    struct point *pp;
    const char *name;
} any_ptr __attribute__((transparent_union));

union number { int i; unsigned u; } __attribute__((transparent_union));

static int ints[2] = { 30, 40 };
static struct point pt = { 5, 6 };

static int first_word(any_ptr p)
{
    return p.ip ? *p.ip : -1;
}

static int which(any_ptr p, int kind)
{
    switch (kind) {
    case 0: return p.ip[1];
    case 1: return p.pp->y;
    default: return p.name[0];
    }
}

static int twice(union number n)
{
    return n.i * 2;
}

int main(void)
{
    show("int *", first_word(ints));
    show("struct point *", first_word(&pt));
    show("null", first_word(0));
    void *v = &pt;
    show("void *", first_word(v));
    show("member 0", which(ints, 0));
    show("member 1", which(&pt, 1));
    show("member 2", which("abc", 2));
    any_ptr whole = { .pp = &pt };
    show("union value", which(whole, 1));
    show("number", twice(21) + twice(2u));
    return 0;
}
