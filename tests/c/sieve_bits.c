/* A bit-packed sieve of Eratosthenes in an unsigned array (32 flags per word). */
#include "print.h"

#define LIMIT 10000
static unsigned bits[LIMIT / 32 + 1];

static void set(int i) { bits[i >> 5] |= 1u << (i & 31); }
static int test(int i) { return (bits[i >> 5] >> (i & 31)) & 1; }

int main(void)
{
    set(0);
    set(1);
    for (int i = 2; i * i < LIMIT; i++)
        if (!test(i))
            for (int j = i * i; j < LIMIT; j += i)
                set(j);
    int count = 0, last = 0;
    for (int i = 0; i < LIMIT; i++)
        if (!test(i)) {
            count++;
            last = i;
        }
    print_int(count); print_char(' '); print_int(last); print_char('\n');
    int twins = 0;
    for (int i = 3; i + 2 < LIMIT; i += 2)
        twins += !test(i) && !test(i + 2);
    print_int(twins); print_char('\n');
    return count & 0xFF;
}
