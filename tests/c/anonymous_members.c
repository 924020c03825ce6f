/* Anonymous struct and union members (C11): direct access to inner fields, designated
 * initializers naming inner fields. */
#include "print.h"

struct packet {
    int type;
    union {
        struct { int x, y; };
        struct { int code; int len; };
        int raw[2];
    };
};

int main(void)
{
    struct packet p;
    p.type = 1;
    p.x = 10;
    p.y = 20;
    print_int(p.code); print_int(p.len); print_int(p.raw[0] + p.raw[1]); print_char('\n');
    p.raw[1] = 5;
    print_int(p.y); print_int(p.len); print_char('\n');
    struct packet *pp = &p;
    pp->code = 77;
    print_int(pp->x); print_char('\n');
    struct packet q = {.type = 2, .code = 404, .len = 12};
    struct packet r = {3, {{5, 6}}};
    print_int(q.type); print_int(q.code); print_int(q.len); print_int(r.x); print_int(r.y);
    print_char('\n');
    return p.x;
}
