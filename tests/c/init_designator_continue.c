/* C11 6.7.9p17: positional initializers after a designator continue from the designated
 * subobject; a designator naming an aggregate followed by a brace-elided scalar. */
#include "print.h"
struct in { int a, b; };
struct out { int x; struct in in; int y; };
struct out o1 = { .in.a = 11, 99 };
int m1[3][2] = { [1][0] = 5, 6, 7 };
int main(void)
{
    struct out o2 = { .in.a = 11, 99, 100 };
    int m2[3][2] = { [1][0] = 5, 6, 7, 8 };
    print_int(o1.x); print_int(o1.in.a); print_int(o1.in.b); print_int(o1.y); print_char('\n');
    print_int(o2.x); print_int(o2.in.a); print_int(o2.in.b); print_int(o2.y); print_char('\n');
    for (int i = 0; i < 3; i++) for (int j = 0; j < 2; j++) { print_int(m1[i][j]); print_int(m2[i][j]); }
    print_char('\n');
    return 0;
}
