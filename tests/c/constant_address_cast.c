/* An address formed from an integer constant (`&((struct s *)16)->m`, the old
 * offsetof idiom) is an address constant, also cast to an integer and offset, in
 * static initializers. Differences are printed in ints, so they agree with gcc. */
#include "show.h"

struct rec { int a, b; int mark; };

static unsigned long long wide = ((int)(unsigned long)&(((struct rec *)16)->mark) - 32);
static int *second = &((struct rec *)64)->b;
static unsigned long third = (unsigned long)&((struct rec *)0)->mark;

int main(void)
{
    show("wide", (int)((long long)wide + 32 - 16) / (int)sizeof(int));
    show("second", (int)((unsigned long)second - 64) / (int)sizeof(int));
    show("third", (int)third / (int)sizeof(int));
    show("high word", (int)(wide >> 32));
    return 0;
}
