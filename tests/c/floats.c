/* float arithmetic, comparisons, conversions (IEEE single, same as the host's float). */
#include "print.h"

static unsigned bits(float f)
{
    union { float f; unsigned u; } v;
    v.f = f;
    return v.u;
}

static void show(const char *what, float f)
{
    print_str(what);
    print_char(' ');
    print_hex(bits(f));
    print_char('\n');
}

static float poly(float x) { return 3.0f * x * x - 2.5f * x + 0.125f; }

int main(void)
{
    float a = 1.5f, b = -0.25f, c = 3.0f;
    show("a+b", a + b);
    show("a-b", a - b);
    show("a*b", a * b);
    show("a/c", a / c);
    show("-a", -a);
    show("poly", poly(1.75f));
    show("0.1", 0.1f);
    show("int->float", (float)123456789);
    show("uint->float", (float)4000000000u);
    print_int((int)(a * 100.0f)); print_char('\n');
    print_int((int)-2.75f); print_char('\n');
    print_uint((unsigned)3e9f); print_char('\n');
    print_int(a > b); print_int(a < b); print_int(a == 1.5f); print_int(a != c);
    print_int(a >= 1.5f); print_int(b <= -1.0f); print_char('\n');
    float sum = 0.0f;
    for (int i = 1; i <= 10; i++)
        sum += 1.0f / (float)i;
    show("harmonic", sum);
    float x = 2.0f;
    x *= 3;
    x -= 0.5f;
    x /= 2;
    show("compound", x);
    int n = 7;
    n *= 1.5f;
    print_int(n); print_char('\n');
    float z = 0.0f;
    if (!z)
        print_str("zero is false\n");
    if (a && b)
        print_str("nonzero is true\n");
    x++;
    show("inc", x);
    return (int)c;
}
