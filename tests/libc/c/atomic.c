/* atomic.c - <stdatomic.h>: loads, stores, exchange, the fetch operations,
 * compare-exchange and atomic_flag on one-word types (also on _Atomic-qualified
 * objects), compared with the host's. */
#include <stdatomic.h>
#include <stdio.h>

int main(void)
{
    atomic_int x = ATOMIC_VAR_INIT(5);
    atomic_uint u;
    atomic_bool b;
    atomic_flag f = ATOMIC_FLAG_INIT;
    atomic_init(&u, 10u);
    atomic_init(&b, 0);
    atomic_store(&x, 7);
    printf("load %d %u %d\n", (int)atomic_load(&x), (unsigned)atomic_load(&u), (int)atomic_load(&b));
    int old = (int)atomic_fetch_add(&x, 3);
    printf("fetch_add %d -> %d\n", old, (int)atomic_load(&x));
    old = (int)atomic_fetch_sub(&x, 12);
    printf("fetch_sub %d -> %d\n", old, (int)atomic_load(&x));
    unsigned o = (unsigned)atomic_fetch_or(&u, 5u);
    printf("fetch_or %u -> %u\n", o, (unsigned)atomic_load(&u));
    o = (unsigned)atomic_fetch_and(&u, 6u);
    printf("fetch_and %u -> %u\n", o, (unsigned)atomic_load(&u));
    o = (unsigned)atomic_fetch_xor(&u, 3u);
    printf("fetch_xor %u -> %u\n", o, (unsigned)atomic_load(&u));
    old = (int)atomic_exchange(&x, 42);
    printf("exchange %d -> %d\n", old, (int)atomic_load(&x));
    int expected = 41;
    int ok = atomic_compare_exchange_strong(&x, &expected, 1);
    printf("cas fail %d expected %d x %d\n", ok, expected, (int)atomic_load(&x));
    ok = atomic_compare_exchange_weak(&x, &expected, 1);
    printf("cas ok %d expected %d x %d\n", ok, expected, (int)atomic_load(&x));
    ok = atomic_compare_exchange_strong_explicit(&x, &expected, 9, memory_order_seq_cst,
                                                 memory_order_relaxed);
    printf("cas explicit %d x %d\n", ok, (int)atomic_load_explicit(&x, memory_order_acquire));
    int first = atomic_flag_test_and_set(&f);
    int second = atomic_flag_test_and_set(&f);
    printf("flag %d %d", first, second);
    atomic_flag_clear(&f);
    printf(" %d\n", (int)atomic_flag_test_and_set_explicit(&f, memory_order_acquire));
    atomic_thread_fence(memory_order_seq_cst);
    atomic_signal_fence(memory_order_seq_cst);
    _Atomic int q = 3;
    _Atomic(unsigned) *qp = (_Atomic(unsigned) *)&u;
    old = (int)atomic_fetch_add(&q, 4);
    printf("qualified %d -> %d, %u\n", old, (int)atomic_load(&q), (unsigned)atomic_exchange(qp, 1u));
    printf("lock free %d\n", ATOMIC_INT_LOCK_FREE);
    return atomic_is_lock_free(&x) ? 0 : 1;
}
