/* malloc.c - the allocator (malloc, free, calloc, realloc, aligned_alloc): an address-
 * ordered list of free blocks, first fit, splitting large blocks and merging neighbours
 * when a block is freed. Memory comes from the back end's __io_sbrk (above the program
 * on the bare target, the process heap under the kernel). Exhaustion returns NULL with
 * errno = ENOMEM; freeing a pointer that malloc did not return (or freeing twice) aborts
 * instead of corrupting.
 *
 * Every block starts with one header unit; sizes are counted in header units. An
 * allocated block's header points to itself; a free block's to the next free block. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../libc_internal.h"

typedef union header {
    struct {
        union header *next;  /* free: next free block (NULL at the end); used: itself */
        size_t size;         /* units, this header included */
    } h;
    double align_double;     /* alignment for any object on hosts that need it */
    void *align_pointer;
} Header;

#define GROW_UNITS 512  /* ask the back end for at least this much at a time */

static Header *free_list;  /* ascending addresses */

/* Puts a block into the free list, merging it with free neighbours. */
static void insert_free(Header *block)
{
    Header *prev = NULL, *next = free_list;
    while (next != NULL && next < block) {
        prev = next;
        next = next->h.next;
    }
    if ((next != NULL && block + block->h.size > next) ||
        (prev != NULL && prev + prev->h.size > block))
        abort();  /* overlaps a free block: freed twice or corrupted */
    if (next != NULL && block + block->h.size == next) {
        block->h.size += next->h.size;
        next = next->h.next;
    }
    block->h.next = next;
    if (prev != NULL && prev + prev->h.size == block) {
        prev->h.size += block->h.size;
        prev->h.next = block->h.next;
    } else if (prev != NULL) {
        prev->h.next = block;
    } else {
        free_list = block;
    }
}

static int grow_heap(size_t units)
{
    Header *block;
    if (units < GROW_UNITS)
        units = GROW_UNITS;
    if (units > SIZE_MAX / sizeof(Header))
        return 0;
    block = __io_sbrk(units * sizeof(Header));
    if (block == NULL)
        return 0;
    if ((uintptr_t)block % sizeof(Header) != 0) {
        /* keep blocks at multiples of a header, so that aligned_alloc reaches every
         * alignment: the memory after this block is asked for too (the break follows
         * on), the block moves up to the next multiple, and later blocks start there */
        size_t skip = sizeof(Header) - (uintptr_t)block % sizeof(Header);
        if (__io_sbrk(skip) == NULL)
            units--;        /* no more memory: give up the last unit instead */
        block = (Header *)((char *)block + skip);
    }
    block->h.size = units;
    insert_free(block);
    return 1;
}

/* Units needed for `size` chars of payload, or 0 when that is impossibly large. */
static size_t units_for(size_t size)
{
    if (size > SIZE_MAX - 2 * sizeof(Header))
        return 0;
    if (size == 0)
        size = 1;
    return (size + sizeof(Header) - 1) / sizeof(Header) + 1;
}

/* First fit: takes the block's tail when the rest can stay a block of its own. */
static Header *take_fit(size_t units)
{
    Header *prev = NULL, *p;
    for (p = free_list; p != NULL; prev = p, p = p->h.next) {
        if (p->h.size < units)
            continue;
        if (p->h.size - units >= 2) {
            p->h.size -= units;
            p += p->h.size;
            p->h.size = units;
        } else if (prev != NULL) {
            prev->h.next = p->h.next;
        } else {
            free_list = p->h.next;
        }
        p->h.next = p;
        return p;
    }
    return NULL;
}

void *malloc(size_t size)
{
    size_t units = units_for(size);
    Header *block;
    if (units == 0) {
        errno = ENOMEM;
        return NULL;
    }
    block = take_fit(units);
    if (block == NULL && grow_heap(units))
        block = take_fit(units);
    if (block == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    return block + 1;
}

static Header *header_of(void *ptr)
{
    Header *block = (Header *)ptr - 1;
    if (block->h.next != block)
        abort();  /* not from malloc, or already freed */
    return block;
}

void free(void *ptr)
{
    if (ptr != NULL)
        insert_free(header_of(ptr));
}

void *calloc(size_t count, size_t size)
{
    void *p;
    if (size != 0 && count > SIZE_MAX / size) {
        errno = ENOMEM;
        return NULL;
    }
    p = malloc(count * size);
    if (p != NULL)
        memset(p, 0, count * size);
    return p;
}

/* Shrinks a used block to `units`, freeing the tail if it is big enough. */
static void trim(Header *block, size_t units)
{
    if (block->h.size - units >= 2) {
        Header *tail = block + units;
        tail->h.size = block->h.size - units;
        block->h.size = units;
        insert_free(tail);
    }
}

/* Grows a used block in place by absorbing the free block right after it. */
static int extend(Header *block, size_t units)
{
    Header *prev = NULL, *p = free_list;
    while (p != NULL && p < block + block->h.size) {
        prev = p;
        p = p->h.next;
    }
    if (p != block + block->h.size || block->h.size + p->h.size < units)
        return 0;
    if (prev != NULL)
        prev->h.next = p->h.next;
    else
        free_list = p->h.next;
    block->h.size += p->h.size;
    trim(block, units);
    return 1;
}

void *realloc(void *ptr, size_t size)
{
    Header *block;
    size_t units;
    void *copy;

    if (ptr == NULL)
        return malloc(size);
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    block = header_of(ptr);
    units = units_for(size);
    if (units == 0) {
        errno = ENOMEM;
        return NULL;
    }
    if (block->h.size >= units) {
        trim(block, units);
        return ptr;
    }
    if (extend(block, units))
        return ptr;
    copy = malloc(size);
    if (copy == NULL)
        return NULL;
    memcpy(copy, ptr, (block->h.size - 1) * sizeof(Header));
    free(ptr);
    return copy;
}

/* C11: size chars at an address that is a multiple of alignment (a power of two).
 * A block with room for the payload and the alignment is taken; the aligned payload
 * gets a header just before it, and the part in front (if any) is freed again. */
void *aligned_alloc(size_t alignment, size_t size)
{
    Header *block, *aligned;
    size_t units, extra, k;
    if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
        errno = EINVAL;
        return NULL;
    }
    if (alignment <= sizeof(Header))
        return malloc(size);
    units = units_for(size);
    extra = alignment / sizeof(Header) + 2;
    if (units == 0 || units > SIZE_MAX / sizeof(Header) - extra ||
        (block = malloc((units - 1 + extra) * sizeof(Header))) == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    block = header_of(block);
    /* k units in front: 0, or at least 2 so that they can be a free block (blocks are
     * at multiples of a header, so one of the first `extra` units fits) */
    for (k = 0; k < extra; k++) {
        uintptr_t payload = (uintptr_t)(block + k + 1);
        if ((k == 0 || k >= 2) && payload % alignment == 0)
            break;
    }
    if (k == extra) {
        free(block + 1);
        errno = ENOMEM;
        return NULL;
    }
    if (k == 0) {
        trim(block, units);
        return block + 1;
    }
    aligned = block + k;
    aligned->h.size = block->h.size - k;
    aligned->h.next = aligned;
    block->h.size = k;
    insert_free(block);
    trim(aligned, units);
    return aligned + 1;
}
