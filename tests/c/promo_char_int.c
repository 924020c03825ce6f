/* Integer promotions of char and short values in arithmetic (values that fit both
 * the host's 8/16-bit types and the QPU's 32-bit ones). */
#include "print.h"

int main(void)
{
    char a = 100, b = 27;
    short s = -300, t = 200;
    print_int(a + b); print_int(a * b); print_int(s * t); print_int(s / 7); print_char('\n');
    signed char sc = -5;
    print_int(sc * 3); print_int(sc >> 1); print_int(-sc); print_char('\n');
    print_int(sizeof(a + b) == sizeof(int)); print_int(sizeof(s + 0) == sizeof(int));
    print_char('\n');
    char c = 'x';
    int diff = c - 'a';
    print_int(diff); print_int(c == 120); print_char('\n');
    short arr[4] = {1000, -1000, 32000, -32000};
    int sum = 0;
    for (int i = 0; i < 4; i++)
        sum += arr[i] * 2;
    print_int(sum); print_char('\n');
    return a - b;
}
