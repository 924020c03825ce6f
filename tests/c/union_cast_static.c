/* GNU casts to a union, `(union u) x`, as initializers of a union: in static objects
 * (with a constant or an address constant), as array elements and members, and in
 * automatic objects. Checked against gcc. */
#include "show.h"

union u { int i; float f; int *p; };
struct holder { int k; union u v; };

static int target = 9;
static union u a = (union u) 5;
static union u b = (union u) &target;
static union u c[3] = { (union u) 1.5f, (union u) 7, [2] = (union u) &target };
static struct holder d = { 1, (union u) &target };
static struct holder e[] = { { 2, (union u) 3 }, 4, (union u) 2.5f };

int main(void)
{
    show("a", a.i);
    show("b", *b.p);
    show("c", (int)(c[0].f * 2) * 100 + c[1].i * 10 + *c[2].p);
    show("d", d.k * 10 + *d.v.p);
    show("e", e[0].k * 1000 + e[0].v.i * 100 + e[1].k * 10 + (int)(e[1].v.f * 2));
    int n = 6;
    union u local = (union u) n;
    struct holder h = { 8, (union u) &n };
    show("local", local.i * 10 + *h.v.p);
    return 0;
}
