/* arena.c - the assembler's one memory arena: allocate freely, release everything at exit. */
#include "asm.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct block {
    struct block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

static struct block *blocks;

void *arena_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!blocks || blocks->cap - blocks->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        struct block *b = xmalloc(sizeof *b + cap);
        b->next = blocks;
        b->used = 0;
        b->cap = cap;
        blocks = b;
    }
    void *p = blocks->data + blocks->used;
    blocks->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(const char *s, size_t n)
{
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void arena_free_all(void)
{
    while (blocks) {
        struct block *next = blocks->next;
        free(blocks);
        blocks = next;
    }
}
