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

bool cpu_run_threaded(struct vm *vm, uint64_t *limitp)
{
#if TH_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const labels[K_COUNT] = {
        [0 ... K_COUNT - 1] = &&k_K_EXIT,
#define TH_X_LABEL(id, name, code, shape, doc) [OP_##id] = &&k_OP_##id,
        QPU_OPCODES(TH_X_LABEL)
#undef TH_X_LABEL
        [K_SETIP] = &&k_K_SETIP, [K_END] = &&k_K_END,
    };
#pragma GCC diagnostic pop
#else
    static const void *const *const labels = NULL;
#endif
    uint32_t *const R = vm->r;
    uint32_t *const M = vm->mem;
    struct block *const *const map = blocks_of(vm)->map;
    for (;;) {
        /* Hot state in locals: ip, the fetch range and `left`, the cycles this call
         * may still charge; commit() writes them back before anything leaves. */
        uint64_t want = *limitp < vm->budget ? *limitp : vm->budget;
        if (want == 0)
            return vm->budget == 0;
        const uint32_t left0 = (uint32_t)want;
        uint32_t left = left0, ip = vm->ip, next;
        const struct vm_tcache tx = vm->tc[TC_EXEC];
        struct block *blk, *prev = NULL;
        unsigned prev_way = 0;
        const struct top *op;
        uint32_t bva;
#define COMMIT()                                        \
        do {                                            \
            charge(vm, limitp, left0 - left);           \
            vm->ip = ip;                                \
        } while (0)
    next_block: {
        uint32_t off = ip - tx.start;
        if (UNLIKELY(off >= tx.size))
            goto commit_slow;
        uint32_t pa = ip + tx.delta;
        blk = map[pa & (BLOCK_MAP_SIZE - 1)];
        if (UNLIKELY(!blk || blk->pa != pa)) {
            blk = blocks_find(vm, pa);
            if (!blk)
                blk = blocks_build(vm, pa, labels);
        }
        if (UNLIKELY(blk->n == 0 || blk->n > left || tx.size - off < blk->words))
            goto commit_slow;
        if (prev) { /* link the block that led here to this one */
            prev->succ[prev_way] = blk;
            prev->succ_ip[prev_way] = ip;
            prev->succ_epoch[prev_way] = vm->exec_epoch;
        }
    }
        bva = ip;
        op = blk->op;
#if TH_GOTO
        DISPATCH();
        {
#else
        for (;;) {
            switch (op->k) {
#endif
            K(K_SETIP) R[QPU_REG_IP] = bva + op->off; NEXT_OP();
            K(OP_LOAD) {
                const struct vm_tcache *t = &vm->tc[TC_READ];
                uint32_t va = R[op->a];
                if (UNLIKELY(va - t->start >= t->size))
                    goto exit_here;
                R[op->d] = M[va + t->delta];
                NEXT_OP();
            }
            K(OP_STORE) {
                const struct vm_tcache *t = &vm->tc[TC_WRITE];
                uint32_t va = R[op->d];
                if (UNLIKELY(va - t->start >= t->size))
                    goto exit_here;
                uint32_t to = va + t->delta;
                if (UNLIKELY(to - vm->io_lo < vm->io_span) && vm->io_map[to - vm->io_lo])
                    goto exit_here; /* a device store */
                if (UNLIKELY(vm->code_map[to >> VM_LINE_SHIFT]))
                    goto exit_here; /* into decoded code */
                M[to] = R[op->a];
                NEXT_OP();
            }
            K(OP_CONSTANT) {
                const struct vm_tcache *t = &vm->tc[TC_READ];
                uint32_t va = bva + op->off + 1;
                if (UNLIKELY(va - t->start >= t->size))
                    goto exit_here;
                R[op->d] = M[va + t->delta];
                NEXT_OP();
            }
            UN(MOV, a)
            BIN(ADD, a + b)
            BIN(SUB, a - b)
            BIN(MUL, a * b)
            DIVIDE(DIV, a / b)
            DIVIDE(MOD, a % b)
            BIN(AND, a & b)
            BIN(OR, a | b)
            UN(NOT, ~a)
            BIN(SHL, a << (b & 31))
            BIN(SHR, a >> (b & 31))
            BIN(EQ, a == b)
            BIN(NEQ, a != b)
            BIN(LT, a < b)
            BIN(GT, a > b)
            K(OP_NOP) NEXT_OP();
            BIN(FADD, qpu_fadd(a, b))
            BIN(FSUB, qpu_fsub(a, b))
            BIN(FMUL, qpu_fmul(a, b))
            BIN(FDIV, qpu_fdiv(a, b))
            BIN(FEQ, u2f(a) == u2f(b))
            BIN(FLT, u2f(a) < u2f(b))
            BIN(FGT, u2f(a) > u2f(b))
            UN(ITOF, f2u((float)(int32_t)a))
            UN(UTOF, f2u((float)a))
            UN(FTOI, float_to_int(u2f(a)))
            BIN(SLT, (int32_t)a < (int32_t)b)
            BIN(SGT, (int32_t)a > (int32_t)b)
            DIVIDE(SDIV, signed_div(a, b))
            DIVIDE(SMOD, signed_mod(a, b))
            BIN(SAR, arith_shift_right(a, b & 31))
            K(OP_JMP) next = R[op->a]; goto block_done;
            K(OP_JZ) next = R[op->a] == 0 ? R[op->b] : bva + blk->words; goto block_done;
            K(OP_JNZ) next = R[op->a] != 0 ? R[op->b] : bva + blk->words; goto block_done;
            K(OP_RJMP) next = bva + op->off + R[op->a]; goto block_done;
            K(OP_RJZ)
                next = R[op->a] == 0 ? bva + op->off + R[op->b] : bva + blk->words;
                goto block_done;
            K(OP_RJNZ)
                next = R[op->a] != 0 ? bva + op->off + R[op->b] : bva + blk->words;
                goto block_done;
            K(K_END) next = bva + blk->words; goto block_done;
#if TH_GOTO
            K(K_EXIT) goto exit_here;
            k_OP_HALT: k_OP_INT: k_OP_WAIT: goto exit_here; /* never decoded as such */
        }
#else
            default: goto exit_here;
            }
        }
#endif
    block_done:
        left -= blk->n;
        ip = next;
        if (next == bva && blk->n <= left) { /* a loop of one block */
            op = blk->op;
            DISPATCH();
        }
        {
            unsigned way = next == bva + blk->words;
            struct block *s = blk->succ[way];
            if (LIKELY(s && blk->succ_ip[way] == next && blk->succ_epoch[way] == vm->exec_epoch &&
                       s->n <= left)) {
                blk = s; /* linked: no translation, no look-up */
                bva = ip;
                op = blk->op;
                DISPATCH();
            }
            prev = blk;
            prev_way = way;
        }
        goto next_block;
    exit_here:
        left -= op->idx;
        ip = bva + op->off;
        COMMIT();
        goto slow_if_room;
    commit_slow:
        COMMIT();
    slow_if_room:
        if (*limitp == 0 || vm->budget == 0) /* the blocks before used what was left */
            return vm->budget == 0;
    {
        uint64_t one = 1;
        bool ended = cpu_run_fast(vm, &one);
        *limitp -= 1 - one;
        if (ended || vm->stop != VM_RUNNING)
            return ended || vm->budget == 0;
    }
    }
}
