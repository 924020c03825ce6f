/* A function declared again after its definition (`int f(int a[])` then
 * `int f(int *);`, or a prototype after an old-style definition) keeps the
 * definition's parameters: its body must still read them. Checked against gcc. */
#include "show.h"

static int second(int list[])
{
    return list[1];
}
static int second(int *);

int scale(a, b)
    int a, b;
{
    return a * b;
}
int scale(int, int);

static int pick(const char *s, int i)
{
    return s[i];
}
extern int pick(const char *, int);

int main(void)
{
    int v[3] = { 4, 5, 6 };
    show("second", second(v));
    show("scale", scale(6, 7));
    show("pick", pick("xyz", 2));
    return 0;
}
