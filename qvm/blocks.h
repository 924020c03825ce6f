/* blocks.h - the decoded-block cache shared by the engines that pre-decode guest code
 * (threaded.c): blocks found by the physical address of their first word, chained per
 * line of VM_LINE_WORDS words so that a write into a line drops every block that
 * starts there (a block never leaves its line). vm->code_map marks lines with blocks. */
#ifndef QVM_BLOCKS_H
#define QVM_BLOCKS_H

#include <stdint.h>

#include "isa.h"
#include "vm.h"

#define VM_LINE_WORDS (1u << VM_LINE_SHIFT)

/* Op kinds: the opcodes themselves, then these. */
enum {
    K_SETIP = QPU_OPCODE_COUNT, /* r[64] = this instruction's ip (a source reads ip) */
    K_END,                      /* fall through to the next line */
    K_EXIT,                     /* run this instruction in the reference loop */
    K_COUNT
};

/* One pre-decoded instruction of the threaded engine. */
struct top {
    const void *h;     /* handler (computed goto), or NULL with the switch loop */
    uint8_t k;         /* kind: the opcode, or K_SETIP, K_END, K_EXIT */
    uint8_t d, a, b;   /* register fields */
    uint16_t idx, off; /* instructions before this one in the block; its word offset */
};

struct block {
    uint32_t pa;           /* physical address of the first word */
    uint32_t words;        /* words the block covers (within one line) */
    uint32_t n;            /* instructions = cycles of a whole run */
    struct block *chain;   /* next block starting in the same line */
    /* The successors last run after this block: [0] taken jump, [1] fall-through; a
     * link is followed only if made in the current vm->exec_epoch at the same ip. */
    struct block *succ[2];
    uint32_t succ_ip[2];
    uint64_t succ_epoch[2];
    /* The JIT's host code (jit.c): valid while native_gen is the code cache's
     * generation; link_at[i] is the offset of its link slot for exit i (0: taken). */
    uint8_t *native;
    uint32_t native_gen;
    uint32_t heat;         /* runs the JIT has seen without host code (it waits for hot) */
    uint32_t link_at[2];
    struct top op[];       /* the ops, ending with a terminator */
};

#define BLOCK_MAP_BITS 16
#define BLOCK_MAP_SIZE (1u << BLOCK_MAP_BITS)

struct vm_blocks {
    struct block *map[BLOCK_MAP_SIZE]; /* by pa mod size; a hint, the chains are the truth */
    struct block **lines;              /* chain heads, one per line */
    uint32_t nlines;
};

/* The cache of vm (created at the first use). */
struct vm_blocks *blocks_of(struct vm *vm);

/* The block starting at pa, or NULL. */
struct block *blocks_find(struct vm *vm, uint32_t pa);
/* Adds a block built by an engine (the cache owns it from now on). */
void blocks_add(struct vm *vm, struct block *b);
/* Decodes the block starting at physical address pa (< memsize) and adds it; labels
 * (indexed by kind) fill top.h, or NULL. */
struct block *blocks_build(struct vm *vm, uint32_t pa, const void *const *labels);

#endif
