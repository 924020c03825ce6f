/* C11 declaration forms a public suite exercised: _Static_assert among struct and union
 * members (it adds no member and no storage), and a typedef declared again with the same
 * type at file and block scope (6.7p3), even behind a '*', and an alignment specifier
 * as the only specifier (implicit int, as gcc takes it). */
#include "show.h"

typedef int count_t;
typedef int count_t;
typedef struct tagged *tagged_ref;
typedef struct tagged *tagged_ref;
_Alignas(int) implicit_total = 5;

struct tagged {
    count_t n;
    _Static_assert(sizeof(count_t) == sizeof(int), "count_t is an int");
    char kind;
    _Static_assert(1 + 1 == 2, "still arithmetic");
};

union either {
    _Static_assert(sizeof(long) >= sizeof(int), "long is wide enough");
    int i;
    long l;
};

struct outer {
    struct tagged t;
    struct {
        _Static_assert(2 > 1, "anonymous member");
        int x, y;
    };
};

static int sum(const struct outer *o)
{
    typedef const struct outer *ref;
    typedef const struct outer *ref;
    ref r = o;
    return r->t.n + r->t.kind + r->x + r->y;
}

/* A typedef name after '*' in a declaration is the name being declared. */
static int shadow(void)
{
    int v = 4;
    int *count_t = &v;
    return *count_t * 2;
}

int main(void)
{
    struct tagged t = {4, 'a'};
    union either e;
    e.l = 9;
    struct outer o = {{1, 2}, .x = 3, .y = 4};
    show("tagged size in ints", (int)(sizeof t / sizeof(int)) >= 2);
    show("n", t.n);
    show("kind", t.kind);
    show("union", (int)e.l);
    show("sum", sum(&o));
    show("outer ints", (int)(sizeof o >= 4 * sizeof(int)));
    tagged_ref ref = &t;
    show("implicit", implicit_total + ref->n);
    show("shadow", shadow());
    count_t after = 6;
    show("typedef again", after);
    return 0;
}
