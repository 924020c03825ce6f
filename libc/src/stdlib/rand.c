/* rand.c - the linear congruential generator of the C standard's example, so sequences
 * are the same on every machine with 32-bit unsigned arithmetic. */
#include <stdlib.h>

static unsigned int state = 1;

int rand(void)
{
    state = state * 1103515245u + 12345u;
    return (int)((state / 65536u) % 32768u);
}

void srand(unsigned seed)
{
    state = seed;
}
