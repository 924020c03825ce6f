/* Division and remainder with every sign combination, by constants and variables;
 * the identity (a / b) * b + a % b == a. */
#include "print.h"

int main(void)
{
    int vals[] = {17, -17, 5, -5, 1, -1, 2147483647, -2147483647};
    int ok = 1;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 6; j++) {
            int a = vals[i], b = vals[j];
            if ((a / b) * b + a % b != a)
                ok = 0;
            print_int(a / b); print_char(',');
            print_int(a % b); print_char(' ');
        }
    print_char('\n');
    print_int(ok); print_char('\n');
    print_int(-7 / 2); print_int(-7 % 2); print_int(7 / -2); print_int(7 % -2); print_char('\n');
    unsigned u = 4294967295u;
    print_uint(u / 10); print_char(' '); print_uint(u % 10); print_char('\n');
    return ok;
}
