/* arena.c - the process-wide arena (see arena.h): big blocks chained from a static
 * root, bump allocation, everything freed at once.
 */
#include "arena.h"

#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK = 65536 };

struct block {
    struct block *prev;
    size_t used, cap;
    max_align_t data[];
};

static struct block *top;

void *arena_alloc(size_t n)
{
    size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    if (!top || top->cap - top->used < n) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        struct block *b = xmalloc(sizeof *b + cap);
        b->prev = top;
        b->used = 0;
        b->cap = cap;
        top = b;
    }
    void *p = (char *)top->data + top->used;
    top->used += n;
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

char *arena_strdup(const char *s)
{
    return arena_strndup(s, strlen(s));
}

char *arena_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = arena_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

void arena_free_all(void)
{
    while (top) {
        struct block *prev = top->prev;
        free(top);
        top = prev;
    }
}
