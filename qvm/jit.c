/* jit.c - the JIT engine's dispatcher (--engine=jit; contract in jit.h): finds or
 * builds the decoded block at ip (blocks.c, shared with the threaded engine),
 * translates it once, links the block that led here to it, and runs host code until a
 * block leaves. Cycles are charged per block exactly as the threaded engine charges
 * them; every rare case (a translation miss, a fault, a device store, a store into
 * decoded code, int, halt, wait, a write to ip, the last instructions of a batch) runs
 * one instruction in the reference loop, so it has the reference's semantics. The code
 * cache is flushed whole when it fills. Elsewhere than x86-64 Linux there is no JIT:
 * vm_jit_available() is false and cpu_run_jit() runs the threaded engine. */
#include "jit.h"

#include <stdlib.h>

#include "util.h"

#if defined(__x86_64__) && defined(__linux__)

/* Runs of a block before it is translated: code that runs once (most of a boot) costs
 * more to translate than to interpret. QVM_JIT_HOT=N sets it (tests: 1, translate all). */
#define JIT_HOT_DEFAULT 64

static struct vm_jit *jit_new(void)
{
    struct vm_jit *j = xcalloc(1, sizeof *j);
    if (!jit_cache_map(&j->cache)) {
        free(j);
        return NULL;
    }
    j->gen = 1;
    const char *hot = getenv("QVM_JIT_HOT");
    unsigned long h = hot ? strtoul(hot, NULL, 10) : 0;
    j->hot = h >= 1 && h <= 1000000 ? (uint32_t)h : JIT_HOT_DEFAULT;
    jit_emit_trampoline(j);
    return j;
}

bool vm_jit_available(void)
{
    static int known = -1;
    if (known < 0) {
        struct vm_jit *j = jit_new();
        known = j != NULL;
        if (j) {
            jit_cache_unmap(&j->cache);
            free(j);
        }
    }
    return known;
}

void vm_jit_free(struct vm *vm)
{
    if (!vm->jit)
        return;
    jit_cache_unmap(&vm->jit->cache);
    free(vm->jit);
    vm->jit = NULL;
}

static void flush(struct vm_jit *j)
{
    j->used = j->code_start;
    j->gen++;
    j->flushes++;
}

/* The host code of b, translated now if it has none of this generation (NULL: none). */
static const uint8_t *native_of(struct vm_jit *j, struct block *b)
{
    if (b->native && b->native_gen == j->gen)
        return b->native;
    if (!jit_translate(j, b)) {
        flush(j);
        if (!jit_translate(j, b))
            return NULL;
    }
    return b->native;
}

static inline void charge(struct vm *vm, uint64_t *limitp, uint32_t used)
{
    vm->cycles += used;
    vm->budget -= used;
    *limitp -= used;
}

/* The decoded block that may run at vm->ip (decoded now if needed, with the threaded
 * engine's handlers, since cold blocks run there), or NULL: it starts with a rare
 * instruction or ip is outside or at the end of the fetch translation range. */
static struct block *block_at_ip(struct vm *vm)
{
    const struct vm_tcache tx = vm->tc[TC_EXEC];
    uint32_t off = vm->ip - tx.start;
    if (off >= tx.size)
        return NULL;
    uint32_t pa = vm->ip + tx.delta;
    struct block *b = blocks_find(vm, pa);
    if (!b)
        b = blocks_build(vm, pa, threaded_handlers());
    if (b->n == 0 || tx.size - off < b->words)
        return NULL;
    return b;
}

/* Runs at most `cycles` cycles in the threaded engine (which decodes blocks, with its
 * handlers, for both engines); returns whether the batch ended. */
static bool run_threaded(struct vm *vm, uint64_t *limitp, uint64_t cycles, bool *ended)
{
    uint64_t lim = cycles, before = lim;
    *ended = cpu_run_threaded_tiered(vm, &lim);
    *limitp -= before - lim;
    return *ended || vm->stop != VM_RUNNING;
}

bool cpu_run_jit(struct vm *vm, uint64_t *limitp)
{
    if (!vm->jit && !(vm->jit = jit_new()))
        return cpu_run_threaded(vm, limitp);
    struct vm_jit *j = vm->jit;
    blocks_of(vm); /* vm->code_map exists before host code reads it */
    struct block *prev = NULL; /* the block that just left through exit prev_slot */
    unsigned prev_slot = 0;
    for (;;) {
        uint64_t want = *limitp < vm->budget ? *limitp : vm->budget;
        if (want == 0)
            return vm->budget == 0;
        struct block *b = block_at_ip(vm);
        const uint8_t *code = NULL;
        if (b && (b->native_gen == j->gen || ++b->heat >= j->hot))
            code = native_of(j, b);
        if (code) {
            if (prev && prev->native_gen == j->gen)
                jit_link(j, prev, prev_slot, b, vm->ip, vm->exec_epoch);
            j->left = (uint32_t)want;
            j->ip = vm->ip;
            uintptr_t left_by = j->enter(vm, j, code);
            charge(vm, limitp, (uint32_t)want - j->left);
            vm->ip = j->ip;
            prev = (struct block *)(left_by & ~(uintptr_t)1);
            prev_slot = (unsigned)(left_by & 1);
            if (prev)
                continue;
        } else {
            /* Cold code or a rare instruction: the threaded engine runs until it meets
             * a hot block (or cannot translate this one). */
            bool ended;
            prev = NULL;
            vm->jit_hot = b && b->heat >= j->hot ? 0 : j->hot;
            if (run_threaded(vm, limitp, b && !vm->jit_hot ? b->n : want, &ended))
                return ended;
            continue;
        }
        prev = NULL;
        if (*limitp == 0 || vm->budget == 0) /* the blocks before used what was left */
            return vm->budget == 0;
        uint64_t one = 1;
        bool ended = cpu_run_fast(vm, &one);
        *limitp -= 1 - one;
        if (ended || vm->stop != VM_RUNNING)
            return ended || vm->budget == 0;
    }
}

#else /* no JIT on this host */

bool vm_jit_available(void) { return false; }
void vm_jit_free(struct vm *vm) { (void)vm; }
bool cpu_run_jit(struct vm *vm, uint64_t *limitp) { return cpu_run_threaded(vm, limitp); }

#endif
