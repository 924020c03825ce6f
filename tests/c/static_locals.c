/* Static local variables: persistence across calls, per-function separation, static
 * local arrays and pointers to them, static locals with the same name. */
#include "print.h"

static int counter_a(void) { static int n; return ++n; }
static int counter_b(void) { static int n = 100; return n++; }

static int *buffer(void)
{
    static int buf[4] = {1, 2, 3, 4};
    return buf;
}

static int fib_cached(int k)
{
    static int cache[30];
    if (k < 2) return k;
    if (cache[k]) return cache[k];
    return cache[k] = fib_cached(k - 1) + fib_cached(k - 2);
}

int main(void)
{
    for (int i = 0; i < 3; i++) {
        print_int(counter_a()); print_char(' ');
        print_int(counter_b()); print_char(' ');
    }
    print_char('\n');
    buffer()[2] = 30;
    print_int(buffer()[2]); print_int(buffer()[3]); print_char('\n');
    print_int(fib_cached(29)); print_char('\n');
    {
        static int n = 5;
        n++;
        print_int(n); print_char('\n');
    }
    return counter_a();
}
