/* assert.c - <assert.h>: a true assertion passes, NDEBUG turns assert off (the header
 * may be included again), and a false one reports expression, file, line and function
 * on stderr, flushes stdout and aborts (exit status 134). QPU only: the host's abort is
 * a signal. (On the bare target stderr and stdout share the debug output.) */
#include <stdio.h>
#define NDEBUG
#include <assert.h>

static void off(void)
{
    assert(0 == 1);  /* compiled out */
}

#undef NDEBUG
#include <assert.h>

int main(void)
{
    int x = 2;
    off();
    assert(x == 2);
    printf("before the failing assertion");
    assert(x == 3);
    printf("not reached\n");
    return 0;
}
