/* atomic.c - the read-modify-write operations behind <stdatomic.h> and qcc-lite's
 * __atomic_* / __sync_* builtins (qcc-lite/sema_atomic.c): done with interrupts masked
 * (word QPU_INT_ENABLE), restored afterwards, on the bare and kernel targets; a user
 * program cannot mask interrupts and needs not to against other tasks. The 64-bit
 * forms serve `long long` objects, which take two words. */
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
    else if (op == __ATOMIC_NAND)
        value = ~(old & operand);
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

static unsigned long long apply64(int op, unsigned long long old, unsigned long long x)
{
    switch (op) {
    case __ATOMIC_ADD: return old + x;
    case __ATOMIC_SUB: return old - x;
    case __ATOMIC_OR: return old | x;
    case __ATOMIC_XOR: return old ^ x;
    case __ATOMIC_AND: return old & x;
    case __ATOMIC_NAND: return ~(old & x);
    default: return x; /* __ATOMIC_XCHG */
    }
}

unsigned long long __atomic_rmw64(volatile void *obj, int op, unsigned long long operand)
{
    volatile unsigned long long *w = obj;
    unsigned saved = mask();
    unsigned long long old = *w;
    *w = apply64(op, old, operand);
    unmask(saved);
    return old;
}

unsigned long long __atomic_load64(volatile void *obj)
{
    volatile unsigned long long *w = obj;
    unsigned saved = mask();
    unsigned long long v = *w;
    unmask(saved);
    return v;
}

_Bool __atomic_cas64(volatile void *obj, void *expected, unsigned long long desired)
{
    volatile unsigned long long *w = obj;
    unsigned long long *e = expected;
    unsigned saved = mask();
    unsigned long long old = *w;
    _Bool same = old == *e;
    if (same)
        *w = desired;
    else
        *e = old;
    unmask(saved);
    return same;
}
