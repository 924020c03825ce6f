/* for-loop forms: empty parts, comma expressions, declarations of several variables,
 * counting down, unsigned loop counters, loops that never run. */
#include "print.h"

int main(void)
{
    int i, j, s = 0;
    for (i = 0, j = 10; i < j; i++, j--)
        s += i * j;
    print_int(s); print_char('\n');
    for (int a = 1, b = 1, k = 0; k < 10; k++) {
        int t = a + b;
        a = b;
        b = t;
        if (k == 9) { print_int(b); print_char('\n'); }
    }
    int n = 0;
    for (;;) {
        if (++n >= 5) break;
    }
    print_int(n); print_char('\n');
    for (unsigned u = 5; u-- > 0;)
        print_uint(u);
    print_char('\n');
    int never = 0;
    for (int k = 10; k < 5; k++)
        never++;
    while (0)
        never++;
    print_int(never); print_char('\n');
    int x = 0;
    for (; x < 3; )
        x++;
    print_int(x); print_char('\n');
    for (int k = 0; k < 3; k++)
        for (int k2 = k; k2 < 3; k2++)
            s++;
    print_int(s); print_char('\n');
    return s & 0xFF;
}
