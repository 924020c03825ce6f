/* Manually unrolled loops and Duff's device (switch into a do-while). */
#include "print.h"

static int duff_sum(const int *p, int count)
{
    int s = 0;
    int n = (count + 3) / 4;
    if (count == 0) return 0;
    switch (count % 4) {
    case 0: do { s += *p++;
    case 3:      s += *p++;
    case 2:      s += *p++;
    case 1:      s += *p++;
            } while (--n > 0);
    }
    return s;
}

int main(void)
{
    int a[23];
    for (int i = 0; i < 23; i++) a[i] = i * 3 - 10;
    int plain = 0;
    for (int i = 0; i < 23; i++) plain += a[i];
    int unrolled = 0, i = 0;
    for (; i + 4 <= 23; i += 4)
        unrolled += a[i] + a[i + 1] + a[i + 2] + a[i + 3];
    for (; i < 23; i++) unrolled += a[i];
    print_int(plain); print_char(' '); print_int(unrolled); print_char('\n');
    for (int n = 0; n <= 8; n++) {
        print_int(duff_sum(a, n)); print_char(' ');
    }
    print_char('\n');
    return duff_sum(a, 23) & 0xFF;
}
