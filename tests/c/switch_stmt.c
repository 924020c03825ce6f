/* switch: fallthrough, default in the middle, nested switch, break inside loops. */
#include "print.h"

static int classify(int n)
{
    switch (n) {
    case 0:
        return 100;
    case 1:
    case 2:
        return 200;
    default:
        return -1;
    case 10:
        n += 5;
        /* fall through */
    case 11:
        return n * 2;
    }
}

int main(void)
{
    for (int i = -1; i < 13; i++) {
        print_int(classify(i));
        print_char(' ');
    }
    print_char('\n');
    int hits = 0;
    for (int i = 0; i < 6; i++) {
        switch (i % 3) {
        case 0:
            switch (i) {
            case 3: hits += 100; break;
            default: hits += 1;
            }
            break;
        case 1:
            continue;
        case 2:
            hits += 10;
        }
        hits += 1000;
    }
    print_int(hits); print_char('\n');
    switch (hits) { }
    switch (7) { case 7: print_str("seven\n"); }
    return 0;
}
