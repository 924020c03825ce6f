/* gnu_auto_type.c - GNU __auto_type: the type of the initializer after lvalue
 * conversion (qualifiers dropped, arrays decayed), the initializer evaluated once, at
 * file scope, in a for declaration, for structs, long long, float and pointers. Host gcc
 * is the oracle. */
#include "show.h"
static int calls;
static int next(void) { return ++calls; }
struct pt { int x, y; };
__auto_type global_ll = 5LL << 40;
int main(void)
{
    const int ci = 7;
    __auto_type a = ci;          /* int, not const */
    a++;
    show("a", a);
    int arr[3] = {1, 2, 3};
    __auto_type p = arr;         /* int * */
    show("p", p[2] + (int)(sizeof p == sizeof(int *)));
    __auto_type n = next();
    show("once", n * 10 + calls);
    struct pt s = {3, 4};
    __auto_type t = s;
    t.x = 9;
    show("struct", s.x * 10 + t.x);
    __auto_type ll = global_ll;
    show("ll", (int)(ll >> 40) + (int)(sizeof ll == sizeof(long long)));
    __auto_type d = 1.5f * 2;
    show("float", (int)(d * 10));
    for (__auto_type i = 0u; i < 3; i++)
        show("loop", (int)i);
    __auto_type q = &s;
    show("ptr", q->y);
    return 0;
}
