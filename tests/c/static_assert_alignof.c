/* _Static_assert at file and block scope, _Alignof, and typedef names shadowed by
 * ordinary identifiers declared after a type specifier. */
#include "print.h"

typedef int T;
_Static_assert(sizeof(T) == sizeof(int), "T is int");

static int use(T T) { return T * 2; }   /* a parameter named like the typedef */

int main(void)
{
    _Static_assert(1 + 1 == 2, "arithmetic");
    print_int(_Alignof(int) >= 1); print_char('\n');
    print_int(use(21)); print_char('\n');
    {
        int T = 5;                       /* a variable named like the typedef */
        print_int(T + 1); print_char('\n');
    }
    T after = 3;
    return after;
}
