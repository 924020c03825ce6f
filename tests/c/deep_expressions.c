/* Deeply nested expressions that keep many temporaries live at once. */
#include "print.h"

static int f(int x) { return x + 1; }

int main(void)
{
    int a = 1, b = 2, c = 3, d = 4;
    int r = a + (b * (c + (d * (a + (b * (c + (d * (a + (b * (c + (d * (a + b))))))))))));
    print_int(r); print_char('\n');
    int s = (a + b) * (c + d) - (a - b) * (c - d) + ((a * b) + (c * d)) * ((a + c) - (b + d));
    print_int(s); print_char('\n');
    int t = f(a + f(b + f(c + f(d + f(a + f(b + f(c + f(d))))))));
    print_int(t); print_char('\n');
    int u = (a < b) + ((c < d) << 1) + ((a + b < c + d) << 2) + ((f(a) == b) << 3) +
            ((f(f(a)) == c) << 4) + ((a ^ b ^ c ^ d) << 5);
    print_int(u); print_char('\n');
    int v = a ? b ? c ? d ? f(a) : f(b) : f(c) : f(d) : 0;
    print_int(v); print_char('\n');
    return r & 0xFF;
}
