/* Qualifiers in the brackets of an array parameter qualify the pointer it becomes
 * (C11 6.7.6.3p7: `int a[const 3]` is `int *const a`), and a qualified return type
 * is taken as its unqualified version (C17 6.7.6.3p5), so calls have plain types. */
#include "show.h"

#define PKIND(x) _Generic((x), int **: 1, int *const *: 2, int *volatile *: 3, \
                          int *restrict *: 4, const int **: 5, default: 0)

typedef int triple[3];

static int sum3(int a[const 3], int b[volatile static 3], int c[restrict 3])
{
    show("a", PKIND(&a));
    show("b", PKIND(&b));
    show("c", PKIND(&c));
    return a[0] + a[1] + a[2] + b[0] + c[2];
}

static int first(const triple t)
{
    show("typedef array", PKIND(&t));
    return t[0];
}

static int plain(int a[3])
{
    show("plain", PKIND(&a));
    a = a + 1;
    return a[0];
}

const int answer(void);
const int answer(void) { return 42; }
volatile long counter(void) { return 7; }

int main(void)
{
    int v[3] = {1, 2, 3};
    show("sum", sum3(v, v, v));
    show("first", first(v));
    show("plain", plain(v));
    show("answer int", _Generic(answer(), int: 1, const int: 2, default: 0));
    show("counter long", _Generic(counter(), long: 1, default: 0));
    show("compatible", __builtin_types_compatible_p(__typeof__(answer()), int));
    show("value", answer() + (int)counter());
    return 0;
}
