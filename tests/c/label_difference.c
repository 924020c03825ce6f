/* GNU C: the difference of two label addresses (`&&a - &&b`) is a constant, also in a
 * static initializer; a jump to `&&base + offset` reaches the label. Checked against
 * gcc. */
#include "show.h"

static int trace;

static void run_from(int entry)
{
    static const int offsets[] = { &&step1 - &&base, &&step2 - &&base, &&done - &&base };
    void *target = &&base + offsets[entry];
    goto *target;
base:
    trace = trace * 10 + 9;
step1:
    trace = trace * 10 + 1;
step2:
    trace = trace * 10 + 2;
done:
    return;
}

int main(void)
{
    for (int i = 0; i < 3; i++) {
        trace = 0;
        run_from(i);
        show("trace", trace);
    }
    static int same = &&here - &&here;
here:
    show("same label", same);
    return 0;
}
