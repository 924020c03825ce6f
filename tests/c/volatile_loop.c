/* volatile variables keep every access (loops that read them are not optimized away),
 * volatile pointers to ordinary memory. */
#include "print.h"

volatile int flag;
static volatile int counter;

static void tick(void) { counter++; if (counter == 100) flag = 1; }

int main(void)
{
    while (!flag)
        tick();
    print_int(counter); print_char('\n');
    int storage[4] = {0};
    volatile int *vp = storage;
    for (int i = 0; i < 4; i++)
        vp[i] = i * i;
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += vp[i];
    print_int(s); print_char('\n');
    volatile int local = 3;
    local += local;
    print_int(local); print_char('\n');
    return counter;
}
