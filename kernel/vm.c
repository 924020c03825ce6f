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

/* The highest address a program's .bss or heap may reach: the stack's whole range
 * (STACK_MAX words) and its guard page stay above. */
int vm_image_limit(void)
{
    return STACK_GUARD;
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
    if (target > vm_image_limit() || target < old)
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
    if (!p || p->kernel) {
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
        if (translate(p, va, flag, &avail) < 0
            && (!vm_grow_stack(p, va) || translate(p, va, flag, &avail) < 0))
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

/* ---- the growing stack, fork's copy, cross-space copies, fault addresses ---- */

static struct region *stack_region(struct proc *p)
{
    for (int i = 0; i < p->mmu_count; i++)
        if (p->regions[i].va + p->regions[i].size == STACK_TOP)
            return &p->regions[i];
    return 0;
}

int vm_stack_low(struct proc *p)
{
    struct region *r = stack_region(p);
    return r ? r->va : STACK_TOP;
}

static struct run *run_at(struct proc *p, int pa)
{
    for (int i = 0; i < p->nruns; i++)
        if (p->runs[i].pa == pa)
            return &p->runs[i];
    return 0;
}

/* A fault (or a kernel access) at va below the mapped stack but within STACK_MAX of
 * its top grows the stack to cover va: at least doubled, into a new physical run that
 * receives the old contents at its top. 1 if va is now mapped. */
int vm_grow_stack(struct proc *p, int va)
{
    struct region *r;
    struct run *old;
    int words, need, pa;
    if (!p || p->kernel || va < STACK_TOP - STACK_MAX || va >= STACK_TOP)
        return 0;
    r = stack_region(p);
    if (!r || va >= r->va)
        return 0;
    old = run_at(p, r->pa);
    if (!old)
        return 0;
    need = (STACK_TOP - va + PAGE_WORDS - 1) / PAGE_WORDS * PAGE_WORDS;
    words = need < 2 * r->size ? 2 * r->size : need;
    if (words > STACK_MAX)
        words = STACK_MAX;
    pa = page_alloc(words / PAGE_WORDS);
    if (!pa && words > need) {
        words = need;
        pa = page_alloc(words / PAGE_WORDS);
    }
    if (!pa)
        return 0;
    kmemset((int *)pa, 0, words - r->size);
    kpagecopy((int *)(pa + words - r->size), (int *)r->pa, r->size);
    page_free(old->pa, old->pages);
    old->pa = pa;
    old->pages = words / PAGE_WORDS;
    r->va = STACK_TOP - words;
    r->pa = pa;
    r->size = words;
    return 1;
}

/* The child gets a copy of every run of the parent, and the parent's records pointed
 * at the copies (records of device memory, the display's frames, stay the parent's). 0 or -ENOMEM (the child then owns what was copied so far). */
int vm_fork(struct proc *child, struct proc *parent)
{
    child->nruns = 0;
    for (int i = 0; i < parent->nruns; i++) {
        int pages = parent->runs[i].pages, pa = page_alloc(pages);
        if (!pa)
            return -ENOMEM;
        kpagecopy((int *)pa, (int *)parent->runs[i].pa, pages * PAGE_WORDS);
        child->runs[i].pa = pa;
        child->runs[i].pages = pages;
        child->nruns++;
    }
    child->mmu_count = 0;
    for (int i = 0; i < parent->mmu_count; i++) {   /* not a device mapping (display) */
        struct region r = parent->regions[i];
        for (int k = 0; k < parent->nruns; k++) {
            int base = parent->runs[k].pa, end = base + parent->runs[k].pages * PAGE_WORDS;
            if (r.pa >= base && r.pa < end) {
                r.pa = child->runs[k].pa + (r.pa - base);
                child->regions[child->mmu_count++] = r;
                break;
            }
        }
    }
    child->brk = parent->brk;
    child->heap_end = parent->heap_end;
    return 0;
}

/* Copies len words from one address space to another (either may be 0, the kernel's
 * physical memory); both ranges are checked. 0 or -EFAULT. */
int vm_transfer(struct proc *to, int to_va, struct proc *from, int from_va, int len)
{
    if (!vm_check(to, to_va, len, QPU_PAGE_WRITE) || !vm_check(from, from_va, len, QPU_PAGE_READ))
        return -EFAULT;
    while (len > 0) {
        int a, b, dst = translate(to, to_va, QPU_PAGE_WRITE, &a);
        int src = translate(from, from_va, QPU_PAGE_READ, &b);
        int n = a < b ? a : b;
        if (n > len)
            n = len;
        kmemcpy((int *)dst, (int *)src, n);
        to_va += n;
        from_va += n;
        len -= n;
    }
    return 0;
}

static int reg_value(struct proc *p, int index)
{
    return index == REG_IP ? p->regs[REG_IP] : index < NREGS ? p->regs[index] : 0;
}

/* The address a memory fault was about: the operand of the load, store or constant at
 * the saved ip, or the ip itself when the fetch failed. */
int vm_fault_address(struct proc *p)
{
    int avail, ip = p->regs[REG_IP], pa = translate(p, ip, QPU_PAGE_EXECUTE, &avail);
    int word, op;
    if (pa < 0)
        return ip;
    word = *(int *)pa;
    op = (word >> 24) & 0xFF;
    if (op == 0x02)
        return reg_value(p, (word >> 8) & 0xFF);
    if (op == 0x03)
        return reg_value(p, (word >> 16) & 0xFF);
    if (op == 0x05)
        return ip + 1;
    return ip;
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
