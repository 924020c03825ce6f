/* GNU extended asm with an empty template, as programs use it for an optimisation
 * barrier: outputs tied to inputs ("0", "+r"), operands with side effects evaluated once,
 * clobber lists, symbolic names; checked against gcc. */
#include "show.h"

static int calls;
static int cell = 40;

static int *where(void)
{
    calls++;
    return &cell;
}

static int launder(int x)
{
    int y;
    __asm__("" : "=r"(y) : "0"(x));
    return y;
}

int main(void)
{
    int a = 5, b = 0, c = 9;
    asm("" : "+r"(a));
    show("plus", a);
    asm volatile("" : "=r"(b) : "0"(a * 3) : "memory");
    show("tied", b);
    asm("" : "+r"(*where()));
    show("calls once", calls);
    show("cell", cell);
    asm volatile("" : : "r"(c), "g"(&a) : "memory", "cc");
    asm volatile("" ::: "memory");
    asm("" : [out] "=r"(c) : [in] "[out]"(c + 1));
    show("named", c);
    show("launder", launder(123) + launder(-4));
    int sum = 0;
    for (int i = 0; i < 5; i++) {
        asm("" : "+g"(sum));
        sum += i;
    }
    show("loop", sum);
    return 0;
}
