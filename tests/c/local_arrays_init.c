/* Local arrays re-initialized on every entry of their block (in loops and calls). */
#include "print.h"

static int f(int k)
{
    int a[5] = {k, k + 1};
    a[4] += k;
    return a[0] + a[1] + a[2] + a[3] + a[4];
}

int main(void)
{
    int total = 0;
    for (int i = 0; i < 4; i++) {
        int counts[3] = {0};
        counts[i % 3] += i;
        total += counts[0] * 100 + counts[1] * 10 + counts[2];
        char word[6] = "abc";
        word[3] = 'a' + i;
        print_str(word); print_char(' ');
    }
    print_char('\n');
    print_int(total); print_char(' '); print_int(f(3)); print_int(f(3)); print_char('\n');
    return total & 0xFF;
}
