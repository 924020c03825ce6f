/* blocks.c - the decoded-block cache (blocks.h): a direct-mapped table from physical
 * address to block for lookups, a chain of blocks per line for invalidation, and
 * vm_code_written(), which every writer of memory other than a plain guest store into
 * a code-free line calls. */
#include "blocks.h"

#include <stdlib.h>

#include "util.h"

#define MAP_SIZE BLOCK_MAP_SIZE

struct vm_blocks *blocks_of(struct vm *vm)
{
    if (!vm->blocks) {
        struct vm_blocks *c = xcalloc(1, sizeof *c);
        c->nlines = (vm->memsize >> VM_LINE_SHIFT) + 1;
        c->lines = xcalloc(c->nlines, sizeof *c->lines);
        vm->code_map = xcalloc(c->nlines, 1);
        vm->blocks = c;
    }
    return vm->blocks;
}

struct block *blocks_find(struct vm *vm, uint32_t pa)
{
    struct vm_blocks *c = blocks_of(vm);
    struct block *b = c->map[pa & (MAP_SIZE - 1)];
    if (b && b->pa == pa)
        return b;
    for (b = c->lines[pa >> VM_LINE_SHIFT]; b; b = b->chain)
        if (b->pa == pa) {
            c->map[pa & (MAP_SIZE - 1)] = b;
            return b;
        }
    return NULL;
}

void blocks_add(struct vm *vm, struct block *b)
{
    struct vm_blocks *c = blocks_of(vm);
    uint32_t line = b->pa >> VM_LINE_SHIFT;
    b->chain = c->lines[line];
    c->lines[line] = b;
    vm->code_map[line] = 1;
    c->map[b->pa & (MAP_SIZE - 1)] = b;
}

static void drop_line(struct vm_blocks *c, uint8_t *code_map, uint64_t *epoch, uint32_t line)
{
    struct block *b = c->lines[line];
    while (b) {
        struct block *next = b->chain;
        if (c->map[b->pa & (MAP_SIZE - 1)] == b)
            c->map[b->pa & (MAP_SIZE - 1)] = NULL;
        free(b);
        b = next;
    }
    c->lines[line] = NULL;
    code_map[line] = 0;
    (*epoch)++; /* links to the dropped blocks must not be followed */
}

void vm_code_written(struct vm *vm, uint32_t pa, uint64_t n)
{
    struct vm_blocks *c = vm->blocks;
    if (!c || n == 0 || pa >= vm->memsize)
        return;
    uint64_t end = (uint64_t)pa + n;
    if (end > vm->memsize)
        end = vm->memsize;
    for (uint64_t line = pa >> VM_LINE_SHIFT; line <= (end - 1) >> VM_LINE_SHIFT; line++)
        if (vm->code_map[line])
            drop_line(c, vm->code_map, &vm->exec_epoch, (uint32_t)line);
}

void vm_blocks_free(struct vm *vm)
{
    struct vm_blocks *c = vm->blocks;
    if (!c)
        return;
    for (uint32_t line = 0; line < c->nlines; line++)
        if (c->lines[line])
            drop_line(c, vm->code_map, &vm->exec_epoch, line);
    free(c->lines);
    free(vm->code_map);
    free(c);
    vm->blocks = NULL;
    vm->code_map = NULL;
}
