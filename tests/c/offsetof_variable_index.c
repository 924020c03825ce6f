/* GNU C: offsetof with a variable array index (`offsetof(T, b[i])`, also nested and
 * after a member of an array element) is computed at run time; constant parts are
 * folded. Offsets are printed in ints, so they agree with gcc. Checked against gcc. */
#include <stddef.h>
#include "show.h"

struct inner { int x; int y[3]; };
struct outer { int n; int b[10]; struct inner c[4]; };

static int words(size_t bytes) { return (int)(bytes / sizeof(int)); }

static size_t offset_of_b(struct outer *p)
{
    return __builtin_offsetof(struct outer, b[p->n]);
}

int main(void)
{
    struct outer o;
    for (int i = 0; i < 3; i++) {
        o.n = i * 4;
        show("b[n]", words(offset_of_b(&o)));
    }
    for (int i = 0; i < 4; i++)
        for (long long j = 0; j < 3; j += 2)
            show("c[i].y[j]", words(offsetof(struct outer, c[i].y[j])));
    unsigned char k = 3;
    show("c[k].x", words(offsetof(struct outer, c[k].x)));
    show("constant", words(offsetof(struct outer, c[1].y[2])));
    int *p = (int *)((char *)&o + offsetof(struct outer, b[o.n - 1]));
    *p = 77;
    show("through it", o.b[o.n - 1]);
    return 0;
}
