/* blocks.c - the decoded-block cache (blocks.h): a direct-mapped table from physical
 * address to block for lookups, a chain of blocks per line for invalidation, and
 * vm_code_written(), which every writer of memory other than a plain guest store into
 * a code-free line calls. */
#include "blocks.h"

#include <stdlib.h>

#include "isa.h"
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

/* Block discovery: shared by the engines that pre-decode (threaded.c, jit.c). */

static bool is_jump(unsigned op)
{
    return op == OP_JMP || op == OP_JZ || op == OP_JNZ || op == OP_RJMP || op == OP_RJZ ||
           op == OP_RJNZ;
}

/* Instructions the blocks leave to the reference loop. */
static bool is_slow(unsigned op, unsigned d)
{
    if (op >= QPU_OPCODE_COUNT || op == OP_HALT || op == OP_INT || op == OP_WAIT)
        return true;
    unsigned shape = qpu_ops[op].shape;
    bool writes_d = (shape == SHAPE_D_S0 && op != OP_STORE) || shape == SHAPE_D_IMM ||
                    shape == SHAPE_D_S0_S1;
    return writes_d && d == QPU_REG_IP;
}

static bool reads_ip(unsigned op, unsigned d, unsigned a, unsigned b)
{
    switch (qpu_ops[op].shape) {
    case SHAPE_S0:
    case SHAPE_D_S0:
        return a == QPU_REG_IP || (op == OP_STORE && d == QPU_REG_IP);
    case SHAPE_S0_S1:
    case SHAPE_D_S0_S1:
        return a == QPU_REG_IP || b == QPU_REG_IP;
    default:
        return false;
    }
}

static void put(struct top *ops, unsigned *nops, unsigned k, uint32_t w, unsigned idx,
                unsigned off, const void *const *labels)
{
    struct top *t = &ops[(*nops)++];
    t->k = (uint8_t)k;
    t->h = labels ? labels[k] : NULL;
    t->d = (uint8_t)(w >> 16);
    t->a = (uint8_t)(w >> 8);
    t->b = (uint8_t)w;
    t->idx = (uint16_t)idx;
    t->off = (uint16_t)off;
}

struct block *blocks_build(struct vm *vm, uint32_t pa, const void *const *labels)
{
    uint64_t line_end = ((uint64_t)pa | (VM_LINE_WORDS - 1)) + 1;
    if (line_end > vm->memsize)
        line_end = vm->memsize;
    struct top ops[2 * VM_LINE_WORDS + 2];
    unsigned nops = 0, n = 0, off = 0;
    bool closed = false;
    while (pa + off < line_end) {
        uint32_t w = vm->mem[pa + off];
        unsigned op = w >> 24, d = (w >> 16) & 0xFF;
        if (is_slow(op, d) || (op == OP_CONSTANT && pa + off + 1 >= line_end)) {
            put(ops, &nops, K_EXIT, w, n, off, labels);
            closed = true;
            break;
        }
        if (reads_ip(op, d, (w >> 8) & 0xFF, w & 0xFF))
            put(ops, &nops, K_SETIP, w, n, off, labels);
        put(ops, &nops, op, w, n, off, labels);
        n++;
        off += qpu_op_words(op);
        if (is_jump(op)) {
            closed = true;
            break;
        }
    }
    if (!closed)
        put(ops, &nops, K_END, 0, n, off, labels);
    struct block *b = xmalloc(sizeof *b + nops * sizeof *ops);
    b->pa = pa;
    b->words = off;
    b->n = n;
    b->chain = NULL;
    b->succ[0] = b->succ[1] = NULL;
    b->native = NULL;
    b->native_gen = 0;
    b->heat = 0;
    for (unsigned i = 0; i < nops; i++)
        b->op[i] = ops[i];
    blocks_add(vm, b);
    return b;
}

