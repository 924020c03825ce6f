/* exec.c - loading a program into a process (docs/kernel.md): the executable header
 * check, one DMA read of the image, the argument block (argv and envp strings and
 * vectors at the top of the stack), and execve's replacement of a running program. */
#include <errno.h>
#include "kernel.h"

#define HEADER_MAGIC 0x51505558   /* "QPUX": word 3 of a user .qbin (docs/kernel.md) */
#define HEADER_WORDS 7

static int pages_for(int words)
{
    return (words + PAGE_WORDS - 1) / PAGE_WORDS;
}

static const char *base_name(const char *path)
{
    const char *name = path;
    for (; *path; path++)
        if (*path == '/')
            name = path + 1;
    return name;
}

/* A program is marked executable on the disk or named *.qbin. */
static int is_program(const char *path, struct fsnode *n)
{
    int len = kstrlen(path);
    return (n->flags & QFS_FLAG_EXECUTABLE)
           || (len > 5 && kstrcmp(path + len - 5, ".qbin") == 0);
}

/* The header words 3..6 written by the user crt0: magic, end of code, start of data,
 * end of .bss. Anything else (no header, zeros, a --target=bare image) is refused. */
static int check_header(const int *image, int words)
{
    int text_end = image[4], data_start = image[5], bss_end = image[6];
    if (words < HEADER_WORDS || image[3] != HEADER_MAGIC)
        return -ENOEXEC;
    if (text_end <= USER_BASE || data_start < text_end || bss_end < data_start
        || bss_end - USER_BASE < words || bss_end > vm_image_limit())
        return -ENOEXEC;
    return 0;
}

/* Loads the program with one DMA read of its whole file into fresh pages, checks its
 * header, and grows the run to cover .bss, in place when the following pages are
 * free. */
static int load_image(struct proc *p, struct fsnode *n)
{
    int words = n->size / 4;
    int sectors = (words + QFS_SECTOR_WORDS - 1) / QFS_SECTOR_WORDS;
    int pages = pages_for(sectors * QFS_SECTOR_WORDS), need, pa, r, *image, layout[3];
    pa = page_alloc(pages);
    if (!pa)
        return -ENOMEM;
    image = (int *)pa;
    r = fs_read_words(n, image, words) < 0 ? -EIO : check_header(image, words);
    if (r < 0) {
        page_free(pa, pages);
        return r;
    }
    kmemcpy(layout, image + 4, 3);       /* end of code, start of data, end of .bss */
    need = pages_for(layout[2] - USER_BASE);
    if (need > pages && !page_extend(pa, pages, need - pages)) {
        int moved = page_alloc(need);
        if (moved)
            kmemcpy((int *)moved, image, words);
        page_free(pa, pages);
        if (!moved)
            return -ENOMEM;
        pa = moved;
    }
    if (need > pages)
        pages = need;
    kmemset((int *)pa + words, 0, pages * PAGE_WORDS - words);
    return vm_build(p, pa, pages, layout[0], layout[1], layout[2]);
}

/* ---- the argument block ---- */

/* Length of the string at va in `from`, or -EFAULT, or -E2BIG past max. */
static int arg_strlen(struct proc *from, int va, int max)
{
    int n = 0, avail;
    while (n < max) {
        int pa = vm_span(from, va + n, QPU_PAGE_READ, &avail);
        if (pa < 0)
            return -EFAULT;
        for (int *s = (int *)pa; avail > 0 && n < max; avail--, n++)
            if (*s++ == 0)
                return n;
    }
    return -E2BIG;
}

static int vector_entry(struct exec_args *a, int vec, int i, int *out)
{
    return vm_copyin(a->from, out, vec + i, 1);
}

/* Counts the strings of a vector (at most limit, -1: all) and adds their words and
 * the vector's (with its NULL) to *words. */
static int measure(struct exec_args *a, int vec, int limit, int *count, int *words)
{
    int i = 0, ptr, len;
    for (; vec && (limit < 0 || i < limit); i++) {
        if (vector_entry(a, vec, i, &ptr) < 0)
            return -EFAULT;
        if (!ptr)
            break;
        len = arg_strlen(a->from, ptr, ARG_BLOCK_MAX - *words);
        if (len < 0)
            return len;
        *words += len + 2;
        if (*words > ARG_BLOCK_MAX)
            return -E2BIG;
    }
    *count = i;
    *words += 1;
    return *words > ARG_BLOCK_MAX ? -E2BIG : 0;
}

/* Copies count strings of vector vec into p at *strings (moving up), and their new
 * addresses into the vector at dst (NULL-terminated). */
static int place(struct proc *p, struct exec_args *a, int vec, int count, int dst,
                 int *strings)
{
    int ptr, len, zero = 0;
    for (int i = 0; i < count; i++) {
        if (vec)
            vector_entry(a, vec, i, &ptr);
        else
            ptr = a->path0;
        len = arg_strlen(a->from, ptr, ARG_BLOCK_MAX) + 1;
        if (vm_transfer(p, *strings, a->from, ptr, len) < 0
            || vm_copyout(p, dst + i, strings, 1) < 0)
            return -EFAULT;
        *strings += len;
    }
    return vm_copyout(p, dst + count, &zero, 1);
}

/* The block at the top of the stack: argv[] (NULL-terminated), envp[], then the
 * strings. The program starts with r1 = argc, r2 = argv, r3 = envp, r63 = argv. */
static int push_args(struct proc *p, struct exec_args *a)
{
    int argc = 1, envc = 0, words = 0, r, base, strings;
    if (a->argv)
        r = measure(a, a->argv, a->max_argc, &argc, &words);
    else
        r = (words = arg_strlen(a->from, a->path0, PATH_MAX) + 3) < 3 ? -EFAULT : 0;
    if (r == 0)
        r = measure(a, a->envp, -1, &envc, &words);
    if (r < 0)
        return r;
    base = STACK_TOP - words;
    if (!vm_grow_stack(p, base - PAGE_WORDS) && !vm_check(p, base, words, QPU_PAGE_WRITE))
        return -ENOMEM;
    strings = base + argc + 1 + envc + 1;
    r = place(p, a, a->argv, argc, base, &strings);
    if (r == 0)
        r = place(p, a, a->envp, envc, base + argc + 1, &strings);
    if (r < 0)
        return r;
    p->regs[1] = argc;
    p->regs[2] = base;
    p->regs[3] = base + argc + 1;
    p->regs[REG_SP] = base;
    return 0;
}

/* Fills the fresh process p (a free slot's memory, registers) with the program at
 * path and its arguments; on failure p owns nothing. */
int proc_load(struct proc *p, const char *path, struct exec_args *a)
{
    struct fsnode n;
    int r = fs_lookup(path, &n);
    if (r < 0)
        return r;
    if ((n.flags & QFS_FLAG_DIRECTORY) || n.size < 4 * HEADER_WORDS || !is_program(path, &n))
        return -ENOEXEC;
    r = load_image(p, &n);
    if (r == 0)
        r = push_args(p, a);
    if (r < 0) {
        vm_free(p);
        return r;
    }
    p->regs[REG_IP] = USER_BASE;
    kstrlcpy(p->name, base_name(path), PROC_NAME_MAX + 1);
    return 0;
}

/* execve: the new program is loaded beside the old one (whose memory holds the
 * arguments), and replaces it only when everything succeeded. */
int proc_exec(struct proc *p, const char *path, struct exec_args *a)
{
    static struct proc staging;
    int r;
    kmemset((int *)&staging, 0, sizeof staging);
    r = proc_load(&staging, path, a);
    if (r < 0)
        return r;
    display_release(p);
    vm_free(p);
    kmemcpy(p->regs, staging.regs, NREGS);
    p->mmu_count = staging.mmu_count;
    kmemcpy((int *)p->regions, (int *)staging.regions, sizeof p->regions);
    kmemcpy((int *)p->runs, (int *)staging.runs, sizeof p->runs);
    p->nruns = staging.nruns;
    p->brk = staging.brk;
    p->heap_end = staging.heap_end;
    kstrlcpy(p->name, staging.name, PROC_NAME_MAX + 1);
    fd_close_on_exec(p);
    signal_exec_reset(p);
    tty_unsettle();                       /* a new program: tty_read_ahead waits */
    trace("[kernel] pid %d: exec %s, %d free pages\n", p->pid, path, page_free_count());
    return 0;
}
