/* continue in do-while jumps to the condition; while with complex conditions. */
#include "print.h"

int main(void)
{
    int i = 0, odd = 0;
    do {
        i++;
        if (i % 2 == 0)
            continue;
        odd += i;
    } while (i < 10);
    print_int(odd); print_char('\n');
    int a = 0, b = 100;
    while (a < b && b - a > 3 || a == 0)
        a += 7, b -= 5;
    print_int(a); print_int(b); print_char('\n');
    int count = 0;
    do count++; while (count < 0);
    print_int(count); print_char('\n');
    int x = 5;
    while (x --> 0)
        print_int(x);
    print_char('\n');
    int total = 0;
    for (int j = 0; j < 10; j++) {
        if (j == 3) continue;
        if (j == 8) break;
        total += j;
    }
    print_int(total); print_char('\n');
    return odd;
}
