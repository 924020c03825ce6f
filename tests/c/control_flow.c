/* if/else, loops, break/continue, goto, do-while, nested loops. */
#include "print.h"

int main(void)
{
    int sum = 0;
    for (int i = 0; i < 20; i++) {
        if (i % 3 == 0)
            continue;
        if (i > 15)
            break;
        sum += i;
    }
    print_int(sum); print_char('\n');
    int n = 0;
    while (n < 100)
        n = n * 2 + 1;
    print_int(n); print_char('\n');
    int k = 10;
    do {
        k -= 3;
    } while (k > 0);
    print_int(k); print_char('\n');
    int count = 0;
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++) {
            if (j > i)
                break;
            count++;
        }
    print_int(count); print_char('\n');
    int g = 0;
again:
    g++;
    if (g < 7)
        goto again;
    print_int(g); print_char('\n');
    if (g == 7 && count == 15)
        print_str("and ok\n");
    else
        print_str("and bad\n");
    if (g == 8 || count == 15)
        print_str("or ok\n");
    int z = 0;
    for (;;) {
        if (++z == 4)
            break;
    }
    print_int(z); print_char('\n');
    return 3;
}
