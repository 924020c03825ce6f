/* gnu_atomics.c - gcc's __atomic_* and __sync_* builtins on one-word objects
 * (int, char, unsigned, pointers) and on long long: the values returned and left
 * behind, each operand evaluated once, and the memory-order macros. Host gcc is the
 * oracle (qcc-lite turns them into calls of libc's masked helpers, src/misc/atomic.c). */
#include <stdio.h>

static void show(const char *label, int v)
{
    printf("%s %d\n", label, v);
}

static int calls;
static int *counted(int *p) { calls++; return p; }

static void show_ll(const char *label, long long v)
{
    show(label, (int)(v >> 32));
    show(label, (int)v);
}

static void word_ops(void)
{
    int v = 10;
    show("fetch_add", __atomic_fetch_add(&v, 5, __ATOMIC_RELAXED));
    show("add_fetch", __atomic_add_fetch(&v, 5, __ATOMIC_SEQ_CST));
    show("fetch_sub", __atomic_fetch_sub(&v, 30, __ATOMIC_ACQUIRE));
    show("after_sub", v);
    show("sub_fetch", __atomic_sub_fetch(&v, 1, __ATOMIC_RELEASE));
    v = 0x0f0f;
    show("fetch_or", __atomic_fetch_or(&v, 0x1000, __ATOMIC_ACQ_REL));
    show("and_fetch", __atomic_and_fetch(&v, 0x10ff, __ATOMIC_CONSUME));
    show("xor_fetch", __atomic_xor_fetch(&v, 0xff, 0));
    show("fetch_nand", __atomic_fetch_nand(&v, 0x1003, 5));
    show("after_nand", v);
    show("nand_fetch", __atomic_nand_fetch(&v, -1, 5));
    unsigned u = 0xffffffffu;
    show("uadd_fetch", (int)(__atomic_add_fetch(&u, 2, 5) == 1u));
    char c = 'a';
    show("char_exchange", __atomic_exchange_n(&c, 'z', 5));
    show("char_after", c);
    show("load_n", __atomic_load_n(&c, 5));
    __atomic_store_n(&v, 77, 5);
    show("store_n", v);
    int expected = 1;
    show("cas_fail", __atomic_compare_exchange_n(&v, &expected, 5, 0, 5, 5));
    show("cas_fail_expected", expected);
    show("cas_ok", __atomic_compare_exchange_n(&v, &expected, 5, 1, 5, 5));
    show("cas_ok_value", v);
    int a[3] = {1, 2, 3}, *p = a;
    int *old = __atomic_fetch_add(&p, sizeof(int), 5); /* unscaled, as uintptr_t */
    show("ptr_fetch_add", (int)(old == a) + 2 * (int)(p == a + 1));
    calls = 0;
    v = 1;
    __atomic_add_fetch(counted(&v), calls + 100, 5);
    show("once", calls * 1000 + v);
}

static void generic_and_flags(void)
{
    int v = 3, w = 9, r = 0;
    __atomic_load(&v, &r, 5);
    show("load", r);
    __atomic_store(&v, &w, 5);
    show("store", v);
    w = 4;
    __atomic_exchange(&v, &w, &r, 5);
    show("exchange", r * 100 + v);
    int e = 4, d = 6;
    show("cas", __atomic_compare_exchange(&v, &e, &d, 0, 5, 5) * 100 + v);
    _Bool flag = 0;
    show("tas1", __atomic_test_and_set(&flag, 5));
    show("tas2", __atomic_test_and_set(&flag, 5));
    __atomic_clear(&flag, 5);
    show("cleared", flag);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    __atomic_signal_fence(__ATOMIC_ACQUIRE);
    show("always_lf_int", __atomic_always_lock_free(sizeof(int), 0));
    show("is_lf_int", __atomic_is_lock_free(sizeof(int), &v));
    show("orders", __ATOMIC_RELAXED + 10 * __ATOMIC_CONSUME + 100 * __ATOMIC_ACQUIRE +
                   1000 * __ATOMIC_RELEASE + 10000 * __ATOMIC_ACQ_REL);
    show("seq_cst", __ATOMIC_SEQ_CST);
}

static void sync_ops(void)
{
    int v = 5;
    show("s_fetch_and_add", __sync_fetch_and_add(&v, 3));
    show("s_add_and_fetch", __sync_add_and_fetch(&v, 3));
    show("s_sub_and_fetch", __sync_sub_and_fetch(&v, 1));
    show("s_fetch_and_or", __sync_fetch_and_or(&v, 16));
    show("s_and_and_fetch", __sync_and_and_fetch(&v, 0x13));
    show("s_xor_and_fetch", __sync_xor_and_fetch(&v, 1));
    show("s_nand_and_fetch", __sync_nand_and_fetch(&v, 6));
    v = 7;
    show("s_val_cas_fail", __sync_val_compare_and_swap(&v, 1, 2));
    show("s_val_cas_ok", __sync_val_compare_and_swap(&v, 7, 8));
    show("s_value", v);
    show("s_bool_cas_fail", __sync_bool_compare_and_swap(&v, 7, 9));
    show("s_bool_cas_ok", __sync_bool_compare_and_swap(&v, 8, 9));
    show("s_lock_tas", __sync_lock_test_and_set(&v, 1));
    __sync_synchronize();
    __sync_lock_release(&v);
    show("s_released", v);
}

static void long_long_ops(void)
{
    long long v = 0xffffffffLL;
    show_ll("ll_fetch_add", __atomic_fetch_add(&v, 1, 5));
    show_ll("ll_value", v);
    show_ll("ll_sub_fetch", __atomic_sub_fetch(&v, 0x100000002LL, 5));
    show_ll("ll_load", __atomic_load_n(&v, 5));
    __atomic_store_n(&v, 0x123456789LL, 5);
    show_ll("ll_store", v);
    show_ll("ll_exchange", __atomic_exchange_n(&v, -5, 5));
    long long e = -5;
    show("ll_cas", __atomic_compare_exchange_n(&v, &e, 0x700000000LL, 0, 5, 5));
    show_ll("ll_cas_value", v);
    show_ll("ll_nand_fetch", __atomic_nand_fetch(&v, 0x300000001LL, 5));
    show_ll("ll_sync_val_cas", __sync_val_compare_and_swap(&v, 1, 2));
    show("ll_always_lf", __atomic_always_lock_free(sizeof(long long), 0));
}

int main(void)
{
    word_ops();
    generic_and_flags();
    sync_ops();
    long_long_ops();
    return 0;
}
