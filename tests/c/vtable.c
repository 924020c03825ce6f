/* Structs of function pointers (a small object system), callbacks with context. */
#include "print.h"

struct shape;
struct shape_ops {
    int (*area)(const struct shape *);
    int (*perimeter)(const struct shape *);
    const char *name;
};
struct shape { const struct shape_ops *ops; int a, b; };

static int rect_area(const struct shape *s) { return s->a * s->b; }
static int rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static int sq_area(const struct shape *s) { return s->a * s->a; }
static int sq_perim(const struct shape *s) { return 4 * s->a; }

static const struct shape_ops rect_ops = {rect_area, rect_perim, "rect"};
static const struct shape_ops square_ops = {.name = "square", .area = sq_area,
                                            .perimeter = sq_perim};

static void for_each(struct shape *v, int n, void (*fn)(struct shape *, void *), void *ctx)
{
    for (int i = 0; i < n; i++)
        fn(&v[i], ctx);
}

static void total_area(struct shape *s, void *ctx) { *(int *)ctx += s->ops->area(s); }

int main(void)
{
    struct shape shapes[] = {{&rect_ops, 3, 4}, {&square_ops, 5, 0}, {&rect_ops, 1, 10}};
    for (int i = 0; i < 3; i++) {
        struct shape *s = &shapes[i];
        print_str(s->ops->name); print_char(' ');
        print_int(s->ops->area(s)); print_char(' ');
        print_int((*s->ops->perimeter)(s)); print_char('\n');
    }
    int total = 0;
    for_each(shapes, 3, total_area, &total);
    print_int(total); print_char('\n');
    return total;
}
