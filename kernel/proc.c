/* proc.c - the process table: creating processes from .qbin files (spawn), exit and
 * the zombie/wait protocol, kill, sleeping and waking, and the round-robin scheduler.
 * Slot 0 is the idle task, slot 1 the shell (both kernel tasks). */
#include <errno.h>
#include "kernel.h"

#define HEADER_MAGIC 0x51505558   /* "QPUX": word 3 of a user .qbin (docs/kernel.md) */
#define NO_HEADER_HEAP 16384

struct proc proc_table[NPROC];
struct proc *current;
int need_resched;
static int next_pid;

/* The idle task (a `wait` loop) and the shell, a kernel task on its own stack. */
void proc_init(void)
{
    struct proc *idle = &proc_table[0], *shell = &proc_table[1];
    idle->state = P_RUNNABLE;
    idle->kernel = 1;
    idle->pid = 0;
    idle->regs[REG_IP] = (int)idle_task;
    kstrlcpy(idle->name, "idle", PROC_NAME_MAX);
    shell->state = P_RUNNABLE;
    shell->kernel = 1;
    shell->pid = 1;
    int stack = page_alloc(2);
    shell->regs[REG_SP] = stack + 2 * PAGE_WORDS;
    shell->regs[REG_IP] = (int)shell_main;
    kstrlcpy(shell->name, "shell", PROC_NAME_MAX);
    kstrlcpy(shell->cwd, "/", PATH_MAX);
    for (int fd = 0; fd < 3; fd++)
        shell->files[fd] = file_console();
    next_pid = 2;
    current = shell;
}

struct proc *proc_alloc(void)
{
    for (int i = 2; i < NPROC; i++) {
        struct proc *p = &proc_table[i];
        if (p->state == P_FREE) {
            kmemset((int *)p, 0, sizeof(struct proc));
            p->pid = next_pid++;
            return p;
        }
    }
    return 0;
}

struct proc *proc_by_pid(int pid)
{
    for (int i = 0; i < NPROC; i++)
        if (proc_table[i].state != P_FREE && proc_table[i].pid == pid)
            return &proc_table[i];
    return 0;
}

/* argv strings at the top of the stack, then the pointer array: r1, r2, r63. */
static int push_args(struct proc *p, int argc, char **argv)
{
    int sp = STACK_TOP, ptrs[MAX_ARGS + 1];
    for (int i = argc - 1; i >= 0; i--) {
        int len = kstrlen(argv[i]) + 1;
        if (vm_stack_push(p, &sp, (int *)argv[i], len) < 0)
            return -E2BIG;
        ptrs[i] = sp;
    }
    ptrs[argc] = 0;
    if (vm_stack_push(p, &sp, ptrs, argc + 1) < 0)
        return -E2BIG;
    p->regs[1] = argc;
    p->regs[2] = sp;
    p->regs[REG_SP] = sp;
    return 0;
}

static const char *base_name(const char *path)
{
    const char *name = path;
    for (; *path; path++)
        if (*path == '/')
            name = path + 1;
    return name;
}

static int pages_for(int words)
{
    return (words + PAGE_WORDS - 1) / PAGE_WORDS;
}

/* Loads the program with one DMA read of its whole file into fresh pages, then reads
 * the layout from its header (docs/kernel.md) and grows the run to cover .bss, in
 * place when the following pages are free. */
static int load(struct proc *p, struct fsnode *n)
{
    int words = n->size / 4;
    int sectors = (words + QFS_SECTOR_WORDS - 1) / QFS_SECTOR_WORDS;
    int pages = pages_for(sectors * QFS_SECTOR_WORDS), need, pa, *image;
    int text_end = USER_BASE, data_start = USER_BASE;
    int bss_end = USER_BASE + words + NO_HEADER_HEAP;
    pa = page_alloc(pages);
    if (!pa)
        return -ENOMEM;
    image = (int *)pa;
    if (fs_read_words(n, image, words) < 0) {
        page_free(pa, pages);
        return -EIO;
    }
    if (words > 6 && image[3] == HEADER_MAGIC) {
        text_end = image[4];
        data_start = image[5];
        bss_end = image[6];
    }
    if (text_end < USER_BASE || data_start < text_end || bss_end < data_start
        || bss_end - USER_BASE < words || bss_end > vm_image_limit()) {
        page_free(pa, pages);
        return -ENOEXEC;
    }
    need = pages_for(bss_end - USER_BASE);
    if (need > pages && !page_extend(pa, pages, need - pages)) {
        int moved = page_alloc(need);
        if (moved)
            kmemcpy((int *)moved, image, words);
        page_free(pa, pages);
        if (!moved)
            return -ENOMEM;
        pa = moved;
        pages = need;
    } else if (need > pages) {
        pages = need;
    }
    return vm_build(p, pa, pages, text_end, data_start, bss_end);
}

/* A program is marked executable on the disk or named *.qbin (a text file run by
 * mistake could execute a `halt` word and stop the machine). */
static int is_program(const char *path, struct fsnode *n)
{
    int len = kstrlen(path);
    return (n->flags & QFS_FLAG_EXECUTABLE)
           || (len > 5 && kstrcmp(path + len - 5, ".qbin") == 0);
}

int proc_spawn(const char *path, int argc, char **argv)
{
    struct fsnode n;
    struct proc *p;
    int r = fs_lookup(path, &n);
    if (r < 0)
        return r;
    if ((n.flags & QFS_FLAG_DIRECTORY) || n.size < 4 || !is_program(path, &n))
        return -ENOEXEC;
    p = proc_alloc();
    if (!p)
        return -EAGAIN;
    r = load(p, &n);
    if (r == 0)
        r = push_args(p, argc, argv);
    if (r < 0) {
        vm_free(p);
        p->state = P_FREE;
        return r;
    }
    p->regs[REG_IP] = USER_BASE;
    p->parent = current->pid;
    for (int fd = 0; fd < NOFILE; fd++)
        if (current->files[fd])
            p->files[fd] = file_dup(current->files[fd]);
    kstrlcpy(p->cwd, current->cwd, PATH_MAX);
    kstrlcpy(p->name, base_name(path), PROC_NAME_MAX + 1);
    p->started_ms = clock_ms();
    p->state = P_RUNNABLE;
    trace("[kernel] pid %d: %s, %d words, %d free pages\n", p->pid, path, n.size / 4,
          page_free_count());
    return p->pid;
}

/* Frees everything but the slot; the status waits for the parent in the zombie. */
void proc_exit(struct proc *p, int status)
{
    struct proc *parent = proc_by_pid(p->parent);
    for (int fd = 0; fd < NOFILE; fd++) {
        if (p->files[fd])
            file_close(p->files[fd]);
        p->files[fd] = 0;
    }
    display_release(p);
    vm_free(p);
    for (int i = 2; i < NPROC; i++) {           /* orphans: nobody will wait */
        struct proc *c = &proc_table[i];
        if (c->state != P_FREE && c->parent == p->pid) {
            c->parent = -1;
            if (c->state == P_ZOMBIE)
                c->state = P_FREE;
        }
    }
    p->exit_status = status;
    trace("[kernel] pid %d (%s) exited with status %d, %d timer interrupts\n", p->pid,
          p->name, status, p->ticks);
    if (parent && parent->state != P_ZOMBIE) {
        p->state = P_ZOMBIE;
        wakeup(CHAN_CHILD(parent));
    } else {
        p->state = P_FREE;
    }
    if (p == current)
        need_resched = 1;
}

int proc_kill(int pid)
{
    struct proc *p = proc_by_pid(pid);
    if (!p || p->kernel || p->state == P_ZOMBIE)
        return -ESRCH;
    kprintf("[kernel] pid %d (%s) killed\n", p->pid, p->name);
    proc_exit(p, -1);
    return 0;
}

void proc_list(void)
{
    static const char *names[] = { "free", "ready", "sleeping", "zombie" };
    kprintf("  PID STATE     NAME\n");
    for (int i = 0; i < NPROC; i++) {
        struct proc *p = &proc_table[i];
        if (p->state == P_FREE)
            continue;
        kprintf("%5d %s", p->pid, p == current ? "running " : names[p->state]);
        for (int k = kstrlen(p == current ? "running " : names[p->state]); k < 10; k++)
            console_putc(' ');
        kprintf("%s\n", p->name);
    }
}

/* The current process sleeps; its system call is executed again when it wakes. */
void sleep_on(int chan)
{
    current->state = P_SLEEPING;
    current->chan = chan;
    current->regs[REG_IP] -= 1;           /* back onto its `int` */
    need_resched = 1;
}

void wakeup(int chan)
{
    for (int i = 0; i < NPROC; i++)
        if (proc_table[i].state == P_SLEEPING && proc_table[i].chan == chan)
            proc_table[i].state = P_RUNNABLE;
}

void wake_sleepers(int now)
{
    for (int i = 0; i < NPROC; i++) {
        struct proc *p = &proc_table[i];
        if (p->state == P_SLEEPING && p->chan == CHAN_SLEEP && now >= p->wake_ms)
            p->state = P_RUNNABLE;
    }
}

/* Round robin: the next runnable process after the current one; the idle task only
 * when nothing else can run. */
void schedule(void)
{
    int start = current - proc_table;
    need_resched = 0;
    for (int k = 1; k <= NPROC; k++) {
        int i = (start + k) % NPROC;
        if (i != 0 && proc_table[i].state == P_RUNNABLE) {
            current = &proc_table[i];
            current->started_ms = clock_ms();
            return;
        }
    }
    current = &proc_table[0];
}
