/* Variably modified type names are evaluated where they appear, as gcc does: the size
 * expressions of a cast, a compound literal, va_arg, sizeof (type) of a VLA, and the
 * operand of sizeof or typeof whose type is variably modified; but not the type name of
 * a sizeof or _Alignof whose type is not a VLA. Also: leaving a VLA's scope keeps the
 * storage of a later __builtin_alloca (it lives until the function returns). */
#include <stdarg.h>
#include "print.h"

static int arr[10];
static void *vp = arr;

static void show(const char *what, int v)
{
    print_str(what);
    print_char(' ');
    print_int(v);
    print_char('\n');
}

static void casts(void)
{
    int i = 0, j = -1, k = -1;
    (j = ++i), (void)(__typeof__((int (*)[(k = ++i)])vp))vp; /* typeof of a cast */
    show("typeof-cast", i * 100 + j * 10 + k);
    i = 0;
    vp = (int (*)[++i])vp;
    show("cast", i);
    i = 0;
    int (**pp)[1] = &(__typeof__(++i, (int (*)[i])arr)){ &arr };
    show("compound-literal", i * 10 + (*pp == (void *)arr));
    i = 0;
    (__typeof__(++i, (int (*)[i])arr)){ &arr } = 0; /* still an lvalue */
    show("compound-literal-lvalue", i);
}

static void sizes(int n)
{
    int a = 1;
    show("sizeof-expr", (int)sizeof(*(++a, (char (*)[a])0)) * 10 + a);
    int i = 0, j = 0;
    char b[2][n + 3];
    int d[3][n];
    int (*t)[n] = d;
    (void)sizeof(b[i++ + sizeof(j++)]);
    show("sizeof-vla-operand", i * 10 + j);
    __typeof__(b[i++]) c1; /* typeof of a VLA: evaluated */
    c1[0] = 0;
    show("typeof-vla", i);
    __typeof__(t + (i++, 0)) c2 = t; /* typeof of a pointer to a VLA: evaluated */
    show("typeof-vm", i * 10 + (c2 == t));
    __typeof__(i + (i++, 0)) c3 = 0; /* not variably modified: not evaluated */
    show("typeof-int", i + c3);
    (void)sizeof(d[i++]);
    show("sizeof-row", i);
    (void)_Alignof(__typeof__(t + (i++, 0)));
    (void)sizeof(__typeof__(t + (i++, 0))); /* a pointer: the type is not evaluated */
    show("unevaluated", i);
    i = 0;
    j = (int)sizeof(__typeof__(*(++i, (char (*)[i + 4])arr)));
    show("sizeof-typeof-vla", i * 10 + j);
    i = 0;
    j = (int)sizeof(char[++i + 2]);
    show("sizeof-type", i * 10 + j);
}

static int va(int n, ...)
{
    va_list ap;
    static int i = 9;
    va_start(ap, n);
    void *p = va_arg(ap, __typeof__(int (*)[++i]));
    va_end(ap);
    return (p == (void *)arr) * 100 + i;
}

static int alloca_after_vla(int n)
{
    char *p, *q;
    if (n) {
        char v[n];
        v[0] = 0;
        p = __builtin_alloca(8);
        p[0] = 1;
        p[7] = v[0] + 2;
    }
    q = __builtin_alloca(64);
    for (int k = 0; k < 64; k++)
        q[k] = 0;
    return p[0] * 10 + p[7];
}

int main(void)
{
    casts();
    sizes(5);
    show("va_arg", va(10, arr));
    show("alloca-after-vla", alloca_after_vla(48));
    print_flush();
    return 0;
}
