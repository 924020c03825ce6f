/* Structs: members, nested structs, pointers to structs, arrays of structs,
 * struct assignment, pass and return by value, self-referential lists. */
#include "print.h"

struct point { int x, y; };
struct rect { struct point tl, br; int color; };
struct node { int value; struct node *next; };

static struct point make_point(int x, int y)
{
    struct point p;
    p.x = x;
    p.y = y;
    return p;
}

static int area(struct rect r)
{
    return (r.br.x - r.tl.x) * (r.br.y - r.tl.y);
}

static void grow(struct rect *r, int d)
{
    r->br.x += d;
    r->br.y += d;
    r->tl = make_point(r->tl.x - d, r->tl.y - d);
}

static struct rect modify_copy(struct rect r)
{
    r.color = 99;
    r.tl.x = 0;
    return r;
}

int main(void)
{
    struct rect r;
    r.tl = make_point(1, 2);
    r.br = make_point(5, 7);
    r.color = 3;
    print_int(area(r)); print_char('\n');
    grow(&r, 2);
    print_int(r.tl.x); print_int(r.tl.y); print_int(r.br.x); print_int(r.br.y);
    print_char('\n');
    print_int(area(r)); print_char('\n');
    struct rect c = modify_copy(r);
    print_int(c.color); print_int(r.color); print_int(c.tl.x); print_int(r.tl.x);
    print_char('\n');
    struct point pts[4];
    for (int i = 0; i < 4; i++) {
        pts[i].x = i;
        pts[i].y = i * 10;
    }
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += pts[i].x + pts[i].y;
    print_int(s); print_char('\n');
    struct node n3 = {3, 0}, n2 = {2, &n3}, n1 = {1, &n2};
    int total = 0;
    for (struct node *p = &n1; p; p = p->next)
        total = total * 10 + p->value;
    print_int(total); print_char('\n');
    struct point a = {7, 8}, b;
    b = a;
    a.x = 0;
    print_int(b.x); print_int(b.y); print_int(a.x); print_char('\n');
    struct point *pp = &pts[2];
    pp->y = -1;
    print_int(pts[2].y); print_int((*pp).x); print_char('\n');
    return area(c) & 0xFF;
}
