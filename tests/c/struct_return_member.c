/* Using struct return values directly: member access on calls, calls as arguments,
 * nested struct returns, returning structs containing arrays. */
#include "print.h"

struct pair { int a, b; };
struct trio { struct pair p; int c[3]; };

static struct pair mk(int a, int b) { struct pair p = {a, b}; return p; }
static struct trio mk3(int x)
{
    struct trio t = {mk(x, x + 1), {x * 2, x * 3, x * 4}};
    return t;
}
static int sum(struct pair p) { return p.a + p.b; }

int main(void)
{
    print_int(mk(3, 4).b); print_char('\n');
    print_int(sum(mk(10, 20))); print_char('\n');
    print_int(mk3(5).p.b + mk3(5).c[2]); print_char('\n');
    print_int(sum(mk3(2).p)); print_char('\n');
    struct trio t = mk3(7);
    t.c[0] = 0;
    print_int(t.c[0] + t.c[1] + t.p.a); print_char('\n');
    return mk(1, 2).a;
}
