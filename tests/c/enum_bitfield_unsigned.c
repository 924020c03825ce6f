/* An enum whose enumerators are all non-negative is unsigned int, as in gcc: a
 * bit-field of that type reads back without sign extension, and comparisons and
 * divisions are unsigned; an enum with a negative enumerator stays int. Also
 * __attribute__ after a bit-field width. Checked against gcc. */
#include "show.h"

enum small { ZERO, ONE, BIG = 200 };
enum with_negative { MINUS = -1, PLUS = 1 };

struct fields {
    enum small s : 8;
    enum with_negative n : 8;
    unsigned packed_width : 20 __attribute__((packed));
    int : 4 __attribute__((unused));
    enum small wide : 31;
};

static enum small pass(enum small v)
{
    return v;
}

int main(void)
{
    struct fields f = {BIG, MINUS, 0xfffff, BIG};
    show("small field", f.s);
    show("negative field", f.n);
    show("packed width", (int)f.packed_width);
    f.s = (enum small)255;
    show("255", f.s);
    f.s++;
    show("wraps to", f.s);
    show("wide", f.wide);
    enum small v = pass((enum small)-1);
    show("unsigned compare", v > 0);
    show("unsigned divide", (int)(v / 2 > 1000));
    enum with_negative w = MINUS;
    show("signed compare", w < 0);
    show("enumerator is int", MINUS < (int)ZERO);
    show("promoted", (int)(pass(ZERO) - 1 > 0));
    return 0;
}
