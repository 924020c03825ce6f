/* Dense switches (compiled to jump tables at -O1): negative ranges, gaps that go to
 * default, no default, fallthrough, a switch inside a loop with continue. */
#include "print.h"

static int dense(int x)
{
    switch (x) {
    case -3: return 30;
    case -2: return 20;
    case -1: return 10;
    case 0: return 0;
    case 2: return -20;   /* 1 is a gap: default */
    case 3:
    case 4: return -40;
    default: return 999;
    }
}

static int no_default(int x)
{
    int r = 0;
    switch (x) {
    case 10: r += 1;
    case 11: r += 10;
    case 12: r += 100;
    case 13: r += 1000;
    }
    return r;
}

int main(void)
{
    for (int x = -5; x <= 6; x++) {
        print_int(dense(x)); print_char(' ');
    }
    print_char('\n');
    for (int x = 8; x <= 14; x++) {
        print_int(no_default(x)); print_char(' ');
    }
    print_char('\n');
    int acc = 0;
    for (int i = 0; i < 20; i++) {
        switch (i % 6) {
        case 0: acc += 1; break;
        case 1: continue;
        case 2: acc *= 2; break;
        case 3: acc -= 3; break;
        case 4: acc ^= 5; break;
        case 5: acc += i; break;
        }
        acc++;
    }
    print_int(acc); print_char('\n');
    return dense(2) & 0xFF;
}
