/* Typedef names reused as labels, member names and inner-scope identifiers; (void *)0 as
 * a null pointer constant in ?: (with object and function pointers). */
#include "print.h"
typedef int T;
typedef int U;
struct s { int T; U U; int a, T2; };
typedef struct s S;
static int seven(void) { return 7; }
static int add(int a, int b) { return a + b; }
int main(void)
{
    int x = 4;
    struct s v = { 1, 2, 3, 4 };
    int *p = 1 ? &x : (void *)0;
    int (*fp)(void) = x ? seven : (void *)0;
    int (*fp2)(int, int) = x ? (void *)0 : add;
    print_int(*p); print_int(fp()); print_int(fp2 == 0);
    print_int((x ? (void *)0 : add) == 0);
    print_int((x ? seven : (void *)0)() + (!x ? (void *)0 : add)(1, 2));
    print_int(*(1 ? &x : (void *)0) * 2);
    print_int(v.T + v.U + v.T2);
    goto T;
T:
    print_int(1);
    {
        int T = 5, S = 6;
        print_int(T + S);
    }
    {
        U a = 1, T = 2;
        print_int(a + T);
    }
    print_char('\n');
    return 0;
}
