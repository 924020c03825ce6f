/* Conditional operator (nested, as lvalue-free value, with pointers), comma operator,
 * short-circuit evaluation with side effects. */
#include "print.h"

static int calls;
static int touch(int v) { calls++; return v; }

int main(void)
{
    for (int i = -2; i <= 2; i++) {
        print_int(i < 0 ? -1 : i > 0 ? 1 : 0);
        print_char(' ');
    }
    print_char('\n');
    int a = 5, b = 7;
    int m = a > b ? a : b;
    print_int(m); print_char('\n');
    int *p = a > 100 ? 0 : &a;
    print_int(*p); print_char('\n');
    int c = (a++, b++, a + b);
    print_int(c); print_char('\n');
    calls = 0;
    if (touch(0) && touch(1)) print_str("no");
    if (touch(1) || touch(1)) print_str("yes");
    print_int(calls); print_char('\n');
    calls = 0;
    int r = touch(1) && touch(2) && touch(0) && touch(3);
    print_int(r); print_int(calls); print_char('\n');
    int v = 0;
    v = (v == 0) ? touch(10) : touch(20);
    print_int(v); print_int(calls); print_char('\n');
    const char *s = calls > 3 ? "many" : "few";
    print_str(s); print_char('\n');
    int x = 3;
    x = x > 2 ? x * 2 : x, x += 1;
    print_int(x); print_char('\n');
    return (a > 0) + (b > 0) + (!a) + (a && !b) * 5;
}
