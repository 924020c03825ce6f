/* atomic.c - the read-modify-write operations behind <stdatomic.h>: done with interrupts
 * masked (word QPU_INT_ENABLE), restored afterwards, on the bare and kernel targets; a
 * user program cannot mask interrupts and needs not to against other tasks. */
#include <stdatomic.h>
#include "platform.h"

#ifdef __QPU_TARGET_USER__
static unsigned mask(void) { return 0; }
static void unmask(unsigned saved) { (void)saved; }
#else
static unsigned mask(void)
{
    volatile unsigned *enable = (volatile unsigned *)QPU_INT_ENABLE;
    unsigned saved = *enable;
    *enable = 0;
    return saved;
}

static void unmask(unsigned saved)
{
    volatile unsigned *enable = (volatile unsigned *)QPU_INT_ENABLE;
    *enable = saved;
}
#endif

unsigned __atomic_rmw(volatile void *obj, int op, unsigned operand)
{
    volatile unsigned *w = obj;
    unsigned saved = mask();
    unsigned old = *w, value = operand;
    if (op == __ATOMIC_ADD)
        value = old + operand;
    else if (op == __ATOMIC_SUB)
        value = old - operand;
    else if (op == __ATOMIC_OR)
        value = old | operand;
    else if (op == __ATOMIC_XOR)
        value = old ^ operand;
    else if (op == __ATOMIC_AND)
        value = old & operand;
    *w = value;
    unmask(saved);
    return old;
}

_Bool __atomic_cas(volatile void *obj, void *expected, unsigned desired)
{
    volatile unsigned *w = obj;
    unsigned *e = expected;
    unsigned saved = mask();
    unsigned old = *w;
    _Bool same = old == *e;
    if (same)
        *w = desired;
    else
        *e = old;
    unmask(saved);
    return same;
}
