/* GNU's old designator form `name: value` (for `.name = value`) in struct and union
 * initializers, mixed with positional and C99 designators; and constant float-to-int
 * conversions out of range, which gcc folds by saturating. Checked against gcc. */
#include "show.h"

struct point { int x, y, z; };
struct box { struct point lo, hi; int tag; };
union number { float f; int i; };

struct point p = { y: 5, z: 6 };
struct point q = { z: 9, x: 7, 8 }; /* positional continues after x */
struct box b = { hi: { x: 1, y: 2 }, tag: 3 };
union number n = { i: 42 };

int main(void)
{
    struct point local = { x: p.y, y: q.z };
    show("p", p.x * 100 + p.y * 10 + p.z);
    show("q", q.x * 100 + q.y * 10 + q.z);
    show("box", b.lo.x + b.hi.x * 10 + b.hi.y * 100 + b.tag * 1000);
    show("union", n.i);
    show("local", local.x * 10 + local.y + local.z);
    show("sat max", (int)3e9f == 2147483647);
    show("sat min", (int)-3e9f == (-2147483647 - 1));
    show("sat unsigned", (int)(unsigned)-1.0f);
    return 0;
}
