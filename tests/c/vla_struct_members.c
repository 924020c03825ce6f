/* GNU C: structs and unions with variable-length members, declared in a block. Sizes
 * and offsets are computed where the type is declared (a later change to n does not
 * change them), member offsets after a VLA member are found at run time, also for
 * bit-fields, anonymous members, nested such structs, arrays of them (constant and
 * variable length), pointers to them, offsetof, assignment and passing by value to a
 * variadic function. Sizes are printed in ints, so they agree with gcc. */
#include <stdarg.h>
#include <stddef.h>
#include "show.h"

static int words(size_t bytes) { return (int)(bytes / sizeof(int)); }

/* A pointer to such a struct, with the type declared again from the same n. */
static int sum_via_pointer(int n, void *v)
{
    struct row { int head; int cell[n]; int tail; } *p = v;
    int s = p->head * 1000 + p->tail;
    for (int i = 0; i < n; i++)
        s += p->cell[i];
    p->tail = -p->tail;
    return s;
}

/* The type declared in a parameter list, laid out from the earlier parameter. */
static int param_struct(int n, struct prow { int cell[n]; int tail; } *p)
{
    return p->tail * 10 + words(sizeof *p);
}

static int variadic_rows(int n, int count, ...)
{
    struct row { int head; int cell[n]; int tail; } r;
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int k = 0; k < count; k++) {
        r = va_arg(ap, typeof(r));
        s = s * 10 + r.head + r.cell[n - 1] + r.tail;
    }
    va_end(ap);
    return s;
}

static void basic(int n)
{
    struct row { int head; int cell[n]; int tail; } r;
    int declared = n;
    n += 5; /* the layout was computed at the declaration */
    show("sizeof row", words(sizeof r));
    show("sizeof struct row", words(sizeof(struct row)));
    show("tail offset", words(offsetof(struct row, tail)));
    show("cell[2] offset", words(offsetof(struct row, cell[2])));
    r.head = 7;
    for (int i = 0; i < declared; i++)
        r.cell[i] = i * 3;
    r.tail = 9;
    show("tail - head", (int)(&r.tail - &r.head));
    show("sum", sum_via_pointer(declared, &r));
    show("tail after", r.tail);
    struct row copy;
    copy = r;
    r.cell[declared - 1] = 100;
    show("copy last cell", copy.cell[declared - 1]);
    show("copy tail", copy.tail);
    show("variadic", variadic_rows(declared, 2, r, copy));
}

static void several(int n, int m)
{
    struct many { int a[n]; int b; int c[m][2]; unsigned f : 3, g : 5; int d; } s;
    show("sizeof many", words(sizeof s));
    show("d offset", words(offsetof(struct many, d)));
    show("c[1][1] offset", words(offsetof(struct many, c[1][1])));
    s.b = 1;
    s.f = 5;
    s.g = 17;
    s.d = 4;
    for (int i = 0; i < m; i++)
        s.c[i][0] = s.c[i][1] = i;
    s.a[n - 1] = 8;
    s.g += s.f;
    show("fields", s.b + s.a[n - 1] * 10 + s.c[m - 1][1] * 100 + s.d * 1000);
    show("bit-fields", (int)(s.f * 100 + s.g));
}

static void unions_and_nesting(int n, int m)
{
    union u { int a[n]; int b[m]; int c; } x;
    show("sizeof union", words(sizeof x));
    x.b[m - 1] = 5;
    show("union b", x.b[m - 1]);
    struct inner { int k[n]; int after; };
    struct outer {
        int first;
        struct inner in;
        struct { int anon[m]; int anon_after; };
        int last;
    } o;
    show("sizeof outer", words(sizeof o));
    show("last offset", words(offsetof(struct outer, last)));
    show("anon_after offset", words(offsetof(struct outer, anon_after)));
    o.first = 1;
    o.in.after = 2;
    o.anon_after = 3;
    o.last = 4;
    o.in.k[n - 1] = 5;
    o.anon[0] = 6;
    show("outer", o.first + o.in.after * 10 + o.anon_after * 100 + o.last * 1000 +
                      o.in.k[n - 1] * 10000 + o.anon[0] * 100000);
}

static void arrays(int n, int k)
{
    struct e { int v[n]; int w; } fixed[3], var[k];
    show("sizeof fixed", words(sizeof fixed));
    show("sizeof var", words(sizeof var));
    for (int i = 0; i < 3; i++)
        fixed[i].w = i + 1;
    for (int i = 0; i < k; i++) {
        var[i].w = i * 2;
        var[i].v[n - 1] = i;
    }
    struct e *p = var;
    p += 2;
    show("p - var", (int)(p - var));
    show("p->w", p->w);
    show("p[-1].v[n-1]", p[-1].v[n - 1]);
    show("fixed[2].w", fixed[2].w);
    show("&fixed[2] - &fixed[0]", (int)(&fixed[2] - &fixed[0]));
}

static void in_loop(void)
{
    int total = 0;
    for (int n = 1; n < 200; n++) {
        typedef struct { int x[n]; int y; } T;
        T t;
        t.y = n;
        t.x[n - 1] = 1;
        total += words(sizeof t) + t.y + t.x[n - 1];
    }
    show("loop", total);
}

static void statement_expression(int n)
{
    struct s { int w[n]; } a, p[2];
    for (int i = 0; i < n; i++)
        p[1].w[i] = i + 40;
    a = ({ struct s b; b = p[1]; p[0] = b; });
    show("stmt expr", a.w[n - 1] + p[0].w[0]);
}

int main(void)
{
    basic(4);
    basic(1);
    several(3, 2);
    unions_and_nesting(3, 6);
    unions_and_nesting(7, 2);
    arrays(3, 4);
    in_loop();
    statement_expression(5);
    int raw[4] = {1, 2, 3, 9};
    show("param struct", param_struct(3, (void *)raw));
    return 0;
}
