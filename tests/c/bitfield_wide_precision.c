/* gcc's types for long long bit-fields wider than an int: `unsigned long long f : 40`
 * has a 40-bit type, so arithmetic on it wraps at bit 40 (a signed one sign-extends from
 * bit 39), it wins over int in the usual conversions and loses to a full long long.
 * The run is compared with the host gcc's. */
#include "print.h"

struct wide {
    unsigned long long u40 : 40;
    unsigned long long u36 : 36;
    long long s40 : 40;
    long long s50 : 50;
};

static struct wide w = {0xFFFFFFFFFFULL, 0x800000000ULL, -1, 0x1FFFFFFFFFFFFLL};

static void show(const char *what, unsigned long long v)
{
    print_str(what);
    print_char(' ');
    print_ull(v);
    print_char('\n');
}

int main(void)
{
    show("u40+1", w.u40 + 1);                       /* wraps to 0 */
    show("u40<<8", w.u40 << 8);                     /* the top bits fall off at bit 40 */
    show("u40*u36", w.u40 * w.u36);                 /* in 40 bits */
    show("u36+u36", w.u36 + w.u36);                 /* in 36 bits: 0 */
    show("u36+u40", w.u36 + w.u40);                 /* in 40 bits, the wider */
    show("u40+full", w.u40 + 1ULL);                 /* a full long long wins: 2^40 */
    show("cast+1", (unsigned long long)w.u40 + 1);  /* a cast leaves the bit-field type */
    show("u36-ll", w.u36 - 0x900000000);            /* a long long constant wins */
    show("u40+int-1", w.u40 + (-1));                /* -1 becomes 2^40 - 1 */
    show("~u36", ~w.u36);                           /* in 36 bits */
    show("-u36", -w.u36);
    show("s40>>4", (unsigned long long)(w.s40 >> 4));
    show("s40+1", (unsigned long long)(w.s40 + 1));
    show("s50*2", (unsigned long long)(w.s50 * 2));  /* sign-extends from bit 49 */
    show("s50+1", (unsigned long long)(w.s50 + 1));
    show("eq", w.u40 == -1);                         /* -1 converted to the 40-bit type */
    show("lt", w.s40 < 0);
    show("pre++", ++w.u36);
    show("post--", w.u40--);
    show("after", w.u40);
    w.u40 = w.u40 << 4;
    show("shifted", w.u40);
    unsigned x = 5;
    show("rot", (w.u40 << 8) + (w.u40 >> 32) + x);
    print_flush();
    return 0;
}
