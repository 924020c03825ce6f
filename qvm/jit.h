/* jit.h - the x86-64 JIT engine (--engine=jit) inside qvm: the decoded blocks of
 * blocks.h translated to host code. jit_cache.c maps the code memory, jit_translate.c
 * writes a block's host code and patches links between blocks, jit.c runs it (the
 * dispatcher, cycle accounting and the fall-back to the reference loop).
 *
 * Host code contract (every block, and the trampoline that enters them):
 *   rbx = struct vm * (guest registers at vm->r), r12 = vm->mem, rbp = vm->code_map,
 *   r13 = struct vm_jit *, r14d = cycles the run may still charge (`left`),
 *   r15d = the virtual address of the running block's first word.
 * A block's entry subtracts its instruction count from r14d (too few left: exit before
 * running anything). It leaves through the trampoline's exit with eax = the guest ip to
 * go on from and rdx = 0 (run that instruction in the reference loop; r14d then counts
 * only the instructions done) or the block pointer | exit slot (it ended normally and
 * this exit is not linked yet). */
#ifndef QVM_JIT_H
#define QVM_JIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "blocks.h"
#include "vm.h"

struct jit_cache {
    uint8_t *rw, *rx; /* the same memory, writable and executable (equal: RWX) */
    size_t size;
};

typedef uintptr_t (*jit_enter_fn)(struct vm *vm, struct vm_jit *j, const uint8_t *code);

struct vm_jit {
    uint32_t left, ip;  /* in and out of the trampoline (r14d, r15d / eax) */
    struct jit_cache cache;
    size_t exit_at;     /* the trampoline's exit */
    size_t code_start;  /* blocks go from here ... */
    size_t used;        /* ... to here */
    uint32_t gen;       /* blocks translated before a flush have an older generation */
    uint32_t hot;       /* runs in the threaded engine before a block is translated */
    jit_enter_fn enter;
    uint64_t translated, flushes; /* statistics */
};

/* jit_cache.c */
bool jit_cache_map(struct jit_cache *c);
void jit_cache_unmap(struct jit_cache *c);

/* jit_translate.c */
/* Writes the trampoline at the start of the cache; sets enter, exit_at, code_start. */
void jit_emit_trampoline(struct vm_jit *j);
/* Translates b into the cache (b->native, b->native_gen, b->link_at); false if the
 * cache has no room left. */
bool jit_translate(struct vm_jit *j, struct block *b);
/* Makes exit `slot` of `from` jump straight to `to` while the guest ip there is `ip`
 * and vm->exec_epoch is `epoch`. Both blocks have host code of the current generation. */
void jit_link(struct vm_jit *j, struct block *from, unsigned slot, const struct block *to,
              uint32_t ip, uint64_t epoch);

#endif
