/* vm.c - per-process address spaces for the list-table MMU (docs/kernel.md): building
 * them from a program's layout, growing the heap, freeing them, and every access the
 * kernel makes to user memory, checked against the process's own table. */
#include <errno.h>
#include "kernel.h"

#define STACK_WORDS (STACK_PAGES * PAGE_WORDS)
#define FLAGS_RX (QPU_PAGE_PRESENT | QPU_PAGE_READ | QPU_PAGE_EXECUTE)
#define FLAGS_R  (QPU_PAGE_PRESENT | QPU_PAGE_READ)
#define FLAGS_RW (QPU_PAGE_PRESENT | QPU_PAGE_READ | QPU_PAGE_WRITE)

/* Inserts a record keeping ascending virtual order (the MMU's lookup order). */
static int add_region(struct proc *p, int va, int pa, int size, int flags)
{
    int i;
    if (size <= 0)
        return 0;
    if (p->mmu_count == MAX_REGIONS)
        return -ENOMEM;
    for (i = p->mmu_count; i > 0 && p->regions[i - 1].va > va; i--)
        p->regions[i] = p->regions[i - 1];
    p->regions[i].va = va;
    p->regions[i].pa = pa;
    p->regions[i].size = size;
    p->regions[i].flags = flags;
    p->mmu_count++;
    return 0;
}

static int add_run(struct proc *p, int npages)
{
    int pa;
    if (p->nruns == MAX_RUNS)
        return 0;
    pa = page_alloc(npages);
    if (pa) {
        p->runs[p->nruns].pa = pa;
        p->runs[p->nruns].pages = npages;
        p->nruns++;
    }
    return pa;
}

/* Maps the program image, already in the run of `pages` pages at pa (it becomes the
 * process's), as [USER_BASE, text_end) code R X, [text_end, data_start) read-only data
 * R, and data, .bss and the start of the heap R W; then allocates the stack. A layout
 * with text_end == USER_BASE (no header) maps everything R W X. */
int vm_build(struct proc *p, int pa, int pages, int text_end, int data_start, int bss_end)
{
    int stack, data_flags = text_end == USER_BASE ? FLAGS_RW | QPU_PAGE_EXECUTE : FLAGS_RW;
    p->runs[0].pa = pa;
    p->runs[0].pages = pages;
    p->nruns = 1;
    stack = add_run(p, STACK_PAGES);
    if (!stack)
        return -ENOMEM;
    add_region(p, USER_BASE, pa, text_end - USER_BASE, FLAGS_RX);
    add_region(p, text_end, pa + (text_end - USER_BASE), data_start - text_end, FLAGS_R);
    add_region(p, data_start, pa + (data_start - USER_BASE),
               USER_BASE + pages * PAGE_WORDS - data_start, data_flags);
    add_region(p, STACK_TOP - STACK_WORDS, stack, STACK_WORDS, FLAGS_RW);
    p->brk = bss_end;
    p->heap_end = USER_BASE + pages * PAGE_WORDS;
    return 0;
}

/* The highest address a program's .bss may reach (the heap and a gap stay below the
 * stack). */
int vm_image_limit(void)
{
    return STACK_TOP - 2 * STACK_WORDS;
}

void vm_free(struct proc *p)
{
    for (int i = 0; i < p->nruns; i++)
        page_free(p->runs[i].pa, p->runs[i].pages);
    p->nruns = 0;
    p->mmu_count = 0;
}

/* The record holding the end of the heap, if its memory can grow in place. */
static struct region *heap_tail(struct proc *p)
{
    for (int i = 0; i < p->mmu_count; i++) {
        struct region *r = &p->regions[i];
        if (r->va + r->size == p->heap_end && (r->flags & QPU_PAGE_WRITE))
            return r;
    }
    return 0;
}

/* sbrk: moves the end of the heap; returns the old end or -errno. */
int vm_sbrk(struct proc *p, int increment)
{
    int old = p->brk;
    int target = old + increment;
    if (increment < 0)
        return target < USER_BASE ? -EINVAL : (p->brk = target, old);
    if (target > STACK_TOP - 2 * STACK_WORDS || target < old)
        return -ENOMEM;
    if (target > p->heap_end) {
        int more = (target - p->heap_end + PAGE_WORDS - 1) / PAGE_WORDS;
        struct region *tail = heap_tail(p);
        struct run *last = 0;
        for (int i = 0; i < p->nruns; i++)     /* the run whose end backs the tail */
            if (tail && p->runs[i].pa + p->runs[i].pages * PAGE_WORDS
                            == tail->pa + tail->size)
                last = &p->runs[i];
        if (last && page_extend(last->pa, last->pages, more)) {
            last->pages += more;
            tail->size += more * PAGE_WORDS;
        } else {
            int pa = add_run(p, more);
            if (!pa || add_region(p, p->heap_end, pa, more * PAGE_WORDS, FLAGS_RW) < 0)
                return -ENOMEM;
        }
        p->heap_end += more * PAGE_WORDS;
    }
    p->brk = target;
    return old;
}

/* Physical address of va for an access needing `flag`, and how many words from there
 * stay in the same record (*avail); -1 if refused. Kernel tasks use physical addresses. */
static int translate(struct proc *p, int va, int flag, int *avail)
{
    if (p->kernel) {
        *avail = MEMORY_WORDS - va;
        return va >= 0 && va < MEMORY_WORDS ? va : -1;
    }
    for (int i = 0; i < p->mmu_count; i++) {
        struct region *r = &p->regions[i];
        unsigned offset = (unsigned)va - (unsigned)r->va;
        if (offset < (unsigned)r->size && (r->flags & flag)) {
            *avail = r->size - offset;
            return r->pa + offset;
        }
    }
    return -1;
}

int vm_check(struct proc *p, int va, int len, int flag)
{
    int avail;
    if (len < 0)
        return 0;
    while (len > 0) {
        if (translate(p, va, flag, &avail) < 0)
            return 0;
        if (avail > len)
            avail = len;
        va += avail;
        len -= avail;
    }
    return 1;
}

int vm_copyin(struct proc *p, int *dst, int va, int len)
{
    int avail, pa;
    if (!vm_check(p, va, len, QPU_PAGE_READ))
        return -EFAULT;
    while (len > 0) {
        pa = translate(p, va, QPU_PAGE_READ, &avail);
        if (avail > len)
            avail = len;
        kmemcpy(dst, (int *)pa, avail);
        dst += avail;
        va += avail;
        len -= avail;
    }
    return 0;
}

int vm_copyout(struct proc *p, int va, const int *src, int len)
{
    int avail, pa;
    if (!vm_check(p, va, len, QPU_PAGE_WRITE))
        return -EFAULT;
    while (len > 0) {
        pa = translate(p, va, QPU_PAGE_WRITE, &avail);
        if (avail > len)
            avail = len;
        kmemcpy((int *)pa, src, avail);
        src += avail;
        va += avail;
        len -= avail;
    }
    return 0;
}

/* A NUL-terminated string of at most max - 1 characters; its length or -errno. */
int vm_copyinstr(struct proc *p, char *dst, int va, int max)
{
    int avail, pa;
    for (int n = 0; n < max; ) {
        pa = translate(p, va + n, QPU_PAGE_READ, &avail);
        if (pa < 0)
            return -EFAULT;
        for (int *src = (int *)pa; avail > 0 && n < max; avail--, n++) {
            dst[n] = *src++;
            if (dst[n] == 0)
                return n;
        }
    }
    return -ENAMETOOLONG;
}

/* The physical address behind user buffer va for `flag` (checked by the caller with
 * vm_check), and the words available there. */
int vm_span(struct proc *p, int va, int flag, int *avail)
{
    return translate(p, va, flag, avail);
}

int vm_stack_push(struct proc *p, int *sp, const int *src, int len)
{
    *sp -= len;
    return vm_copyout(p, *sp, src, len);
}

/* A record for memory the caller manages (display.c's frames); -ENOMEM if the table
 * is full. */
int vm_map(struct proc *p, int va, int pa, int size, int flags)
{
    return add_region(p, va, pa, size, flags);
}

void vm_unmap(struct proc *p, int va)
{
    for (int i = 0; i < p->mmu_count; i++)
        if (p->regions[i].va == va) {
            for (p->mmu_count--; i < p->mmu_count; i++)
                p->regions[i] = p->regions[i + 1];
            return;
        }
}
