/* GNU typeof in macros: generic swap and max, typeof of types and expressions. */
#include "print.h"

#define SWAP(a, b) do { typeof(a) tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)

static unsigned bits(float f) { union { float f; unsigned u; } v = {f}; return v.u; }

int main(void)
{
    int x = 1, y = 2;
    SWAP(x, y);
    print_int(x); print_int(y); print_char('\n');
    float f = 1.5f, g = -2.0f;
    SWAP(f, g);
    print_hex(bits(f)); print_char(' '); print_hex(bits(g)); print_char('\n');
    const char *s = "first", *t = "second";
    SWAP(s, t);
    print_str(s); print_char(' '); print_str(t); print_char('\n');
    typeof(int[3]) arr = {7, 8, 9};
    typeof(arr[0] + 1) sum = 0;
    for (int i = 0; i < 3; i++)
        sum += arr[i];
    print_int(sum); print_int(sizeof arr / sizeof arr[0]); print_char('\n');
    __typeof__(x) z = x * 10;
    return z;
}
