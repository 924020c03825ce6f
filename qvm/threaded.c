/* threaded.c - the threaded engine (--engine=threaded): guest code is decoded once into
 * basic blocks of pre-decoded ops (blocks.h), which run by direct threading (computed
 * goto; a portable switch without GNU C). A block covers straight-line code up to a
 * jump or the end of its 64-word line; its cycles are charged when it ends.
 *
 * Exactness: a block runs only if the whole of it fits in the cycle budget and in the
 * current fetch translation range. Anything rare - a translation miss, a fault, a device
 * store, a store into decoded code, `int`, `halt`, `wait`, a write to ip, an invalid
 * opcode, the last instructions of a batch - charges the ops before it and runs that one
 * instruction in the reference loop (cpu_run_fast with a budget of one), so rare events
 * have exactly the reference's semantics by construction. */
#include <stdlib.h>

#include "alu.h"
#include "blocks.h"
#include "isa.h"
#include "util.h"

#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#ifdef __GNUC__
#define TH_GOTO 1
#else
#define TH_GOTO 0
#endif

/* Charges the cycles of `used` instructions run in a block. */
static inline void charge(struct vm *vm, uint64_t *limitp, uint32_t used)
{
    vm->cycles += used;
    vm->budget -= used;
    *limitp -= used;
}

#if TH_GOTO
#define K(name) k_##name:
#define DISPATCH() goto *op->h
#else
#define K(name) case name:
#define DISPATCH() continue
#endif
#define NEXT_OP()  \
    {              \
        op++;      \
        DISPATCH(); \
    }
#define BIN(name, expr)                                 \
    K(OP_##name) {                                      \
        uint32_t a = R[op->a], b = R[op->b];            \
        R[op->d] = (expr);                              \
        NEXT_OP();                                      \
    }
#define UN(name, expr)                                  \
    K(OP_##name) {                                      \
        uint32_t a = R[op->a];                          \
        R[op->d] = (expr);                              \
        NEXT_OP();                                      \
    }
#define DIVIDE(name, expr)                              \
    K(OP_##name) {                                      \
        uint32_t a = R[op->a], b = R[op->b];            \
        if (UNLIKELY(b == 0))                           \
            goto exit_here;                             \
        R[op->d] = (expr);                              \
        NEXT_OP();                                      \
    }

static const void *const *plain_labels, *const *tiered_labels;

#define TH_FN cpu_run_threaded
#define TH_HOT 0u
#define TH_LABELS_OUT plain_labels
#include "threaded_loop.inc"
#undef TH_FN
#undef TH_HOT
#undef TH_LABELS_OUT
#undef HOT
#undef COMMIT

#define TH_FN cpu_run_threaded_tiered
#define TH_HOT vm->jit_hot
#define TH_LABELS_OUT tiered_labels
#include "threaded_loop.inc"

const void *const *threaded_handlers(void)
{
    if (!tiered_labels)
        cpu_run_threaded_tiered(NULL, NULL);
    return tiered_labels;
}
