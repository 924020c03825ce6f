/* A designator naming an aggregate followed by a brace-elided scalar (once a crash),
 * and GNU range designators [a ... b] = v. */
#include "print.h"
int m[2][2] = { [1] = 5 };
struct { int a[2]; } x = { .a = 1, 2 };
int r[8] = { [1 ... 3] = 7, 8, [6 ... 7] = -1 };
struct pt { int x, y; };
struct pt rp[4] = { [0 ... 2].y = 4, [3] = { 1, 2 } };
int main(void)
{
    int lm[2][2] = { [1] = 5, 6, [0] = 7 };
    struct { int a[2]; int b; } lx = { .a = 1, 2, 3 };
    int lr[6] = { [2 ... 4] = lm[1][1] };
    print_int(m[1][0]); print_int(m[1][1]); print_int(x.a[0]); print_int(x.a[1]);
    print_int(lm[0][0]); print_int(lm[0][1]); print_int(lm[1][0]); print_int(lm[1][1]);
    print_int(lx.a[0]); print_int(lx.a[1]); print_int(lx.b);
    print_char('\n');
    for (int i = 0; i < 8; i++) print_int(r[i]);
    for (int i = 0; i < 6; i++) print_int(lr[i]);
    for (int i = 0; i < 4; i++) { print_int(rp[i].x); print_int(rp[i].y); }
    print_char('\n');
    return 0;
}
