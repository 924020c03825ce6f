/* Unions, enums (implicit and explicit values), typedefs of both. */
#include "print.h"

typedef enum { RED, GREEN = 5, BLUE, ALPHA = GREEN * 3 } color;
enum flags { F_A = 1, F_B = 2, F_C = 4 };

typedef union {
    int i;
    unsigned u;
    float f;
} word;

struct tagged {
    enum { T_INT, T_PTR } kind;
    union { int i; int *p; } v;
};

static int get(struct tagged *t) { return t->kind == T_INT ? t->v.i : *t->v.p; }

int main(void)
{
    color c = BLUE;
    print_int(RED); print_int(GREEN); print_int(c); print_int(ALPHA); print_char('\n');
    int f = F_A | F_C;
    print_int(f & F_B ? 1 : 0); print_int(f & F_C ? 1 : 0); print_char('\n');
    word w;
    w.f = 1.0f;
    print_hex(w.u); print_char('\n');
    w.i = -1;
    print_uint(w.u); print_char('\n');
    int target = 77;
    struct tagged a = {T_INT, {5}}, b;
    b.kind = T_PTR;
    b.v.p = &target;
    print_int(get(&a)); print_int(get(&b)); print_char('\n');
    print_int(sizeof(word) == sizeof(int)); print_char('\n');
    switch (c) {
    case RED: print_str("red\n"); break;
    case BLUE: print_str("blue\n"); break;
    default: print_str("other\n");
    }
    return c;
}
