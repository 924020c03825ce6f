/* heap.c (bare target) - memory for malloc: from _end (the first word after the
 * program, provided by qld) up to STACK_RESERVE words below the stack pointer at the
 * time of the request. */
#include <stddef.h>
#include "../src/libc_internal.h"

#define STACK_RESERVE 0x10000  /* words kept free for the stack to grow into */

extern char _end[];
static char *heap_end;

void *__io_sbrk(size_t words)
{
    char here;                 /* its address is (about) the stack pointer */
    char *limit = &here - STACK_RESERVE, *start;
    if (heap_end == NULL)
        heap_end = _end;
    if (limit < heap_end || words > (size_t)(limit - heap_end))
        return NULL;
    start = heap_end;
    heap_end += words;
    return start;
}
