/* Floating constants have the type their suffix gives (C11 6.4.4.2p4): none double, f/F
 * float, l/L long double, decimal and hexadecimal alike. float, double and long double
 * share one format on the QPU, but _Generic (and so <tgmath.h>) tells them apart. */
#include "print.h"

#define KIND(e) _Generic((e), float: "float", double: "double", long double: "long double", \
                         default: "other")

static void show(const char *what, const char *kind)
{
    print_str(what);
    print_str(": ");
    print_str(kind);
    print_char('\n');
}

int main(void)
{
    long double x = 1.5L;
    show("1.0", KIND(1.0));
    show("1.0f", KIND(1.0f));
    show("1.0L", KIND(1.0L));
    show("2.5l", KIND(2.5l));
    show("1e3L", KIND(1e3L));
    show("0x1p3L", KIND(0x1p3L));
    show("0x1.8p1f", KIND(0x1.8p1f));
    show("1.0L + 1.0f", KIND(1.0L + 1.0f));
    show("-1.0L", KIND(-1.0L));
    show("x * 2", KIND(x * 2));
    print_int(1.5L == x);
    print_int((int)(0x1p3L + 2.5l));
    print_char('\n');
    return 0;
}
