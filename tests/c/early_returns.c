/* Functions with many return paths, returns from inside loops and switches, void
 * functions with early returns. */
#include "print.h"

static int classify(int x)
{
    if (x < 0) return -1;
    for (int i = 2; i < x; i++) {
        if (x % i == 0) {
            switch (i) {
            case 2: return 2;
            case 3: return 3;
            default: return 4;
            }
        }
    }
    if (x < 2) return 0;
    return 1;
}

static int seen;
static void maybe(int x)
{
    if (x & 1)
        return;
    seen += x;
}

int main(void)
{
    for (int x = -1; x < 12; x++) {
        print_int(classify(x)); print_char(' ');
    }
    print_char('\n');
    for (int x = 0; x < 10; x++)
        maybe(x);
    print_int(seen); print_char('\n');
    return classify(49);
}
