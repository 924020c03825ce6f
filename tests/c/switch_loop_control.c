/* break and continue inside switch inside loops: break leaves the switch, continue
 * the loop; nested loops with switches. */
#include "print.h"

int main(void)
{
    int log[40], n = 0;
    for (int i = 0; i < 10; i++) {
        switch (i % 4) {
        case 0:
            continue;
        case 1:
            log[n++] = i;
            break;
        case 2:
            if (i > 5)
                break;
            log[n++] = -i;
            /* fall through */
        default:
            log[n++] = 100 + i;
        }
        log[n++] = 1000;
    }
    for (int k = 0; k < n; k++) {
        print_int(log[k]); print_char(' ');
    }
    print_char('\n');
    int found = 0;
    for (int i = 0; i < 5 && !found; i++)
        for (int j = 0; j < 5; j++) {
            switch (i * j) {
            case 6:
                found = i * 10 + j;
                break;
            default:
                continue;
            }
            break;
        }
    print_int(found); print_char('\n');
    return n;
}
