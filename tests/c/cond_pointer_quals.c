/* The type of `c ? p : q` with two pointer operands (C11 6.5.15p6): a pointer to a type
 * carrying the qualifiers of both pointees, and void * when either points to void. */
#include "show.h"

#define KIND(x) _Generic((x), int *: 1, const int *: 2, volatile int *: 3, \
                         const volatile int *: 4, void *: 5, const void *: 6, default: 0)

static int pick(int which, const int *a, int *b)
{
    return *(which ? a : b);
}

int main(void)
{
    int x = 7, y = 8;
    int *p = &x;
    const int *cp = &y;
    volatile int *vp = &x;
    void *v = &y;
    const void *cv = &x;
    show("p:p", KIND(x ? p : p));
    show("p:cp", KIND(x ? p : cp));
    show("cp:p", KIND(x ? cp : p));
    show("cp:vp", KIND(0 ? cp : vp));
    show("p:v", KIND(x ? p : v));
    show("cp:v", KIND(x ? cp : v));
    show("p:cv", KIND(x ? p : cv));
    show("p:0", KIND(x ? p : 0));
    show("cp:null", KIND(x ? (void *)0 : cp));
    show("value", *(x ? cp : p) + pick(0, cp, p) + pick(1, cp, p));
    return 0;
}
