/* Struct and union layout in words (word-size dependent: see .expect): offsets,
 * sizes, nested and anonymous members, arrays of structs, flexible array member. */
#include <stddef.h>
#include "print.h"

struct inner { char c; int i; };
struct outer {
    char tag;
    struct inner in;
    union { int as_int; float as_float; };
    struct { int x, y; } pos;
    int arr[3];
};
struct flex { int n; int data[]; };

int main(void)
{
    print_int(sizeof(struct inner)); print_int(sizeof(struct outer));
    print_int(sizeof(struct flex)); print_char('\n');
    print_int(offsetof(struct outer, tag)); print_int(offsetof(struct outer, in));
    print_int(offsetof(struct outer, in.i)); print_int(offsetof(struct outer, as_int));
    print_int(offsetof(struct outer, as_float)); print_int(offsetof(struct outer, pos.y));
    print_int(offsetof(struct outer, arr[2])); print_char('\n');
    struct outer o;
    o.as_int = 5;
    o.pos.y = 6;
    int *base = (int *)&o;
    print_int(base[3]); print_int(base[5]); print_char('\n');
    struct outer many[3];
    print_int((int)(&many[2].arr[1] - &many[0].arr[1])); print_char('\n');
    static int storage[4] = {3, 7, 8, 9};
    struct flex *f = (struct flex *)storage;
    print_int(f->n); print_int(f->data[2]); print_char('\n');
    return sizeof(struct outer);
}
