/* Deeply nested structs and arrays: access paths, copying sub-objects, pointers to
 * members at several levels. */
#include "print.h"

struct vec { int x, y, z; };
struct particle { struct vec pos, vel; int id; };
struct system { struct particle p[3]; struct { int count; struct vec bounds; } meta; };

static void step(struct system *s)
{
    for (int i = 0; i < s->meta.count; i++) {
        struct particle *p = &s->p[i];
        p->pos.x += p->vel.x;
        p->pos.y += p->vel.y;
        p->pos.z += p->vel.z;
        if (p->pos.x > s->meta.bounds.x)
            p->vel.x = -p->vel.x;
    }
}

int main(void)
{
    struct system s = {
        .p = {{{0, 0, 0}, {3, 1, 0}, 1}, {{5, 5, 5}, {-1, 0, 2}, 2}, [2].id = 3},
        .meta = {3, {10, 10, 10}},
    };
    for (int t = 0; t < 5; t++)
        step(&s);
    for (int i = 0; i < 3; i++) {
        struct vec v = s.p[i].pos;
        print_int(s.p[i].id); print_char(':');
        print_int(v.x); print_char(','); print_int(v.y); print_char(',');
        print_int(v.z); print_char(' ');
    }
    print_char('\n');
    struct vec *vp = &s.p[1].vel;
    int *zp = &s.p[1].vel.z;
    print_int(vp->z == *zp); print_int(s.meta.bounds.y); print_char('\n');
    struct particle copy = s.p[0];
    copy.pos.x = 99;
    print_int(s.p[0].pos.x != 99); print_char('\n');
    return s.p[0].pos.x;
}
