/* stdatomic.h - C11 atomics for the QPU's one core. A word is read and written by one
 * instruction, so loads and stores are plain (atomic_load, atomic_store); the
 * read-modify-write operations (exchange, fetch_op, compare_exchange, atomic_flag) run
 * with interrupts masked (word 0x000; src/misc/atomic.c), which makes them atomic with
 * respect to interrupt handlers and the kernel's task switches. On the user target,
 * where a program cannot mask interrupts, they are atomic with respect to every other
 * task (tasks share no memory) but not to the program's own signal handlers.
 *
 * Every atomic type is one word: the atomic_* typedefs are the plain types (qcc-lite
 * accepts the _Atomic qualifier, which changes nothing here), and memory orders are accepted and ignored (one core, no
 * reordering). long long atomics are not provided. The fetch/exchange results are
 * unsigned words: assign them to the object's type (a cast for pointers). */
#ifndef _STDATOMIC_H
#define _STDATOMIC_H

#include <stddef.h>
#include <stdint.h>

typedef enum memory_order {
    memory_order_relaxed,
    memory_order_consume,
    memory_order_acquire,
    memory_order_release,
    memory_order_acq_rel,
    memory_order_seq_cst
} memory_order;

typedef _Bool atomic_bool;
typedef char atomic_char;
typedef signed char atomic_schar;
typedef unsigned char atomic_uchar;
typedef short atomic_short;
typedef unsigned short atomic_ushort;
typedef int atomic_int;
typedef unsigned int atomic_uint;
typedef long atomic_long;
typedef unsigned long atomic_ulong;
typedef wchar_t atomic_wchar_t;
typedef intptr_t atomic_intptr_t;
typedef uintptr_t atomic_uintptr_t;
typedef size_t atomic_size_t;
typedef ptrdiff_t atomic_ptrdiff_t;

typedef struct atomic_flag { unsigned __value; } atomic_flag;
#define ATOMIC_FLAG_INIT {0}

#define ATOMIC_BOOL_LOCK_FREE 2
#define ATOMIC_CHAR_LOCK_FREE 2
#define ATOMIC_SHORT_LOCK_FREE 2
#define ATOMIC_INT_LOCK_FREE 2
#define ATOMIC_LONG_LOCK_FREE 2
#define ATOMIC_POINTER_LOCK_FREE 2
#define ATOMIC_WCHAR_T_LOCK_FREE 2

#define ATOMIC_VAR_INIT(value) (value)
#define kill_dependency(y) (y)
#define atomic_init(obj, value) ((void)(*(obj) = (value)))
#define atomic_thread_fence(order) ((void)(order))
#define atomic_signal_fence(order) ((void)(order))
#define atomic_is_lock_free(obj) ((void)(obj), 1)

/* The operations of __atomic_rmw. */
#define __ATOMIC_XCHG 0
#define __ATOMIC_ADD 1
#define __ATOMIC_SUB 2
#define __ATOMIC_OR 3
#define __ATOMIC_XOR 4
#define __ATOMIC_AND 5
#define __ATOMIC_NAND 6 /* ~(old & operand): for __atomic_fetch_nand */
unsigned __atomic_rmw(volatile void *obj, int op, unsigned operand);
_Bool __atomic_cas(volatile void *obj, void *expected, unsigned desired);
/* The same on a long long object; load64 reads its two words with interrupts masked. */
unsigned long long __atomic_rmw64(volatile void *obj, int op, unsigned long long operand);
_Bool __atomic_cas64(volatile void *obj, void *expected, unsigned long long desired);
unsigned long long __atomic_load64(volatile void *obj);

#define atomic_load(obj) (*(obj))
#define atomic_load_explicit(obj, order) (*(obj))
#define atomic_store(obj, value) ((void)(*(obj) = (value)))
#define atomic_store_explicit(obj, value, order) ((void)(*(obj) = (value)))
#define atomic_exchange(obj, value) __atomic_rmw((obj), __ATOMIC_XCHG, (unsigned)(value))
#define atomic_exchange_explicit(obj, value, order) atomic_exchange(obj, value)
#define atomic_fetch_add(obj, value) __atomic_rmw((obj), __ATOMIC_ADD, (unsigned)(value))
#define atomic_fetch_sub(obj, value) __atomic_rmw((obj), __ATOMIC_SUB, (unsigned)(value))
#define atomic_fetch_or(obj, value) __atomic_rmw((obj), __ATOMIC_OR, (unsigned)(value))
#define atomic_fetch_xor(obj, value) __atomic_rmw((obj), __ATOMIC_XOR, (unsigned)(value))
#define atomic_fetch_and(obj, value) __atomic_rmw((obj), __ATOMIC_AND, (unsigned)(value))
#define atomic_fetch_add_explicit(obj, value, order) atomic_fetch_add(obj, value)
#define atomic_fetch_sub_explicit(obj, value, order) atomic_fetch_sub(obj, value)
#define atomic_fetch_or_explicit(obj, value, order) atomic_fetch_or(obj, value)
#define atomic_fetch_xor_explicit(obj, value, order) atomic_fetch_xor(obj, value)
#define atomic_fetch_and_explicit(obj, value, order) atomic_fetch_and(obj, value)
#define atomic_compare_exchange_strong(obj, expected, desired) \
    __atomic_cas((obj), (expected), (unsigned)(desired))
#define atomic_compare_exchange_weak(obj, expected, desired) \
    atomic_compare_exchange_strong(obj, expected, desired)
#define atomic_compare_exchange_strong_explicit(obj, expected, desired, s, f) \
    atomic_compare_exchange_strong(obj, expected, desired)
#define atomic_compare_exchange_weak_explicit(obj, expected, desired, s, f) \
    atomic_compare_exchange_strong(obj, expected, desired)

#define atomic_flag_test_and_set(flag) \
    (__atomic_rmw(&(flag)->__value, __ATOMIC_XCHG, 1) != 0)
#define atomic_flag_test_and_set_explicit(flag, order) atomic_flag_test_and_set(flag)
#define atomic_flag_clear(flag) ((void)((flag)->__value = 0))
#define atomic_flag_clear_explicit(flag, order) atomic_flag_clear(flag)

#endif
