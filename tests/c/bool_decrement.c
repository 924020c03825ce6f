/* ++ and -- on _Bool (C11 6.5.2.4, 6.5.3.1): x-- is x = x - 1 converted to _Bool, so it
 * flips a _Bool (0 - 1 is true), where it used to clear it. In locals, globals,
 * bit-fields and through pointers, prefix and postfix, value used or not. */
#include "print.h"

static _Bool global;
static struct { _Bool b : 1; int other; } bf = { 0, 7 };

int main(void)
{
    _Bool u = 0, v = 1, w = 0, x = 1;
    int a = u--, b = v--, c = --w, d = x++;
    _Bool p = 0;
    --p;
    --p;
    --p;
    global--;
    bf.b--;
    _Bool *q = &p;
    (*q)--;
    int e = (*q)++;
    print_int(a * 10000000 + u * 1000000 + b * 100000 + v * 10000 + c * 1000 + w * 100 +
              d * 10 + x);
    print_char('\n');
    print_int(global * 1000 + bf.b * 100 + p * 10 + e);
    print_char(' ');
    print_int(bf.other);
    print_char('\n');
    print_flush();
    return 0;
}
