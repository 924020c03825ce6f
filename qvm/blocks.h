/* blocks.h - the decoded-block cache shared by the engines that pre-decode guest code
 * (threaded.c): blocks found by the physical address of their first word, chained per
 * line of VM_LINE_WORDS words so that a write into a line drops every block that
 * starts there (a block never leaves its line). vm->code_map marks lines with blocks. */
#ifndef QVM_BLOCKS_H
#define QVM_BLOCKS_H

#include <stdint.h>

#include "vm.h"

#define VM_LINE_WORDS (1u << VM_LINE_SHIFT)

/* One pre-decoded instruction of the threaded engine. */
struct top {
    const void *h;     /* handler (computed goto), or NULL with the switch loop */
    uint8_t k;         /* handler kind (enum top_kind in threaded.c) */
    uint8_t d, a, b;   /* register fields */
    uint16_t idx, off; /* instructions before this one in the block; its word offset */
};

struct block {
    uint32_t pa;           /* physical address of the first word */
    uint32_t words;        /* words the block covers (within one line) */
    uint32_t n;            /* instructions = cycles of a whole run */
    struct block *chain;   /* next block starting in the same line */
    struct top op[];       /* the ops, ending with a terminator */
};

/* The block starting at pa, or NULL. */
struct block *blocks_find(struct vm *vm, uint32_t pa);
/* Adds a block built by an engine (the cache owns it from now on). */
void blocks_add(struct vm *vm, struct block *b);

#endif
