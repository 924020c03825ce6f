/* A later initializer for a whole subobject replaces everything listed earlier for any
 * part of it (C11 6.7.9p19), while a later initializer for a part keeps the rest; a
 * union keeps only the member initialized last; `T a[] = (T[N]){...}` has N elements.
 * In static and automatic objects. Checked against gcc. */
#include "show.h"

struct pt { int x, y; };
struct box { struct pt a, b; char tag[4]; int n; };
union num { int i; struct pt p; };

static struct box s1 = { .a.x = 1, .a.y = 2, .a = { .y = 3 }, .b.x = 4 };
static struct box s2 = { .a = { 5, 6 }, .a.x = 7, .tag = "ab", .tag[1] = 'z' };
static struct box s3 = { .tag = "xyz", .tag = { [2] = 'q' }, .n = 9 };
static struct pt s4[3] = { [1].y = 8, [0] = { 1 }, { 2 }, [1].x = 3 };
static union num s5 = { .p.y = 11, .i = 12 };
static union num s6 = { .i = 13, .p.y = 14 };
static int s7[] = (int [4]){ 1, 2 };

static void show_box(const char *name, struct box *b)
{
    show(name, b->a.x * 1000 + b->a.y * 100 + b->b.x * 10 + b->b.y);
    show(name, b->tag[0] * 10000 + b->tag[1] * 10 + b->tag[2] + b->n);
}

static int counter;
static int next(void) { return ++counter; }

int main(void)
{
    show_box("s1", &s1);
    show_box("s2", &s2);
    show_box("s3", &s3);
    for (int i = 0; i < 3; i++)
        show("s4", s4[i].x * 10 + s4[i].y);
    show("s5", s5.p.x * 100 + s5.p.y);
    show("s6", s6.p.x * 100 + s6.p.y);
    show("s7", (int)(sizeof s7 / sizeof s7[0]) * 100 + s7[0] * 10 + s7[1] + s7[3]);

    int v = next();
    struct box l1 = { .a.x = v, .b = { v, v }, .a = { .y = next() }, .b.y = 5 };
    show_box("l1", &l1);
    struct pt l2[2] = { [0].x = 1, [1] = { 2, 3 }, [0] = { .y = next() } };
    show("l2", l2[0].x * 1000 + l2[0].y * 100 + l2[1].x * 10 + l2[1].y);
    union num l3 = { .p = { v, v }, .i = 6 };
    show("l3", l3.i * 10 + (l3.p.y == v));
    struct box l4 = { .tag = "abc", .tag = "d" };
    show_box("l4", &l4);
    struct pt whole = { 7, 8 };
    struct box l5 = { .a.y = 9, .a = whole, .b.x = 1 };
    show_box("l5", &l5);
    return 0;
}
