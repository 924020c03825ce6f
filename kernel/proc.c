/* proc.c - the process table: spawn (a new process from a .qbin file, loaded by
 * exec.c), exit and the zombie/wait protocol, kill, sleeping and waking, and the
 * round-robin scheduler.
 * Slot 0 is the idle task, slot 1 init (init.c: it starts /bin/sh, or runs the
 * built-in shell); both are kernel tasks. */
#include <errno.h>
#include <signal.h>
#include "kernel.h"

struct proc proc_table[NPROC];
struct proc *current;
int need_resched;
static int next_pid;

/* The idle task (a `wait` loop) and init, a kernel task on its own stack. */
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
    shell->pgid = 1;
    int stack = page_alloc(2);
    shell->regs[REG_SP] = stack + 2 * PAGE_WORDS;
    shell->regs[REG_IP] = (int)init_main;
    kstrlcpy(shell->name, "init", PROC_NAME_MAX);
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

/* A new process running the program at path, with the arguments a describes, in the
 * caller's process group (the kernel shell's jobs: a group each), with its descriptors
 * (but FD_CLOEXEC ones) and directory. Called for a user process (a->from), it gets
 * the signals fork + execve would give: ignored ones stay ignored, caught ones go back
 * to the default, the blocked mask carries over; from the kernel, all defaults. */
int proc_spawn_args(const char *path, struct exec_args *a)
{
    struct proc *p = proc_alloc();
    int r;
    if (!p)
        return -EAGAIN;
    r = proc_load(p, path, a);
    if (r < 0) {
        p->state = P_FREE;
        if (p->pid == next_pid - 1)
            next_pid--;                   /* the pid was never seen: the next gets it */
        return r;
    }
    p->parent = current->pid;
    p->pgid = current->kernel ? p->pid : current->pgid;
    if (a->from) {                        /* as fork + execve: ignored signals and the */
        for (int s = 0; s < NSIG_KERNEL; s++)       /* blocked mask carry over */
            p->sig_handler[s] = a->from->sig_handler[s];
        p->sig_blocked = a->from->sig_blocked;
        signal_exec_reset(p);
    }
    for (int fd = 0; fd < NOFILE; fd++)
        if (current->files[fd] && !(current->fd_flags[fd] & 1))
            p->files[fd] = file_dup(current->files[fd]);
    kstrlcpy(p->cwd, current->cwd, PATH_MAX);
    p->started_ms = clock_ms();
    p->state = P_RUNNABLE;
    trace("[kernel] pid %d: %s, %d free pages\n", p->pid, path, page_free_count());
    return p->pid;
}

/* proc_spawn_args with arguments in kernel memory (init, the kernel shell). */
int proc_spawn(const char *path, int argc, char **argv)
{
    struct exec_args args;
    args.from = 0;
    args.argv = (int)argv;
    args.envp = 0;
    args.path0 = (int)path;
    args.max_argc = argc;
    return proc_spawn_args(path, &args);
}

/* Frees everything but the slot; the status waits for the parent in the zombie.
 * Children are re-parented to pid 1 (init), which reaps them silently. */
static void finish(struct proc *p, int status, int wait_status)
{
    struct proc *parent = proc_by_pid(p->parent);
    for (int fd = 0; fd < NOFILE; fd++) {
        if (p->files[fd])
            file_close(p->files[fd]);
        p->files[fd] = 0;
    }
    display_release(p);
    vm_free(p);
    for (int i = 2; i < NPROC; i++) {
        struct proc *c = &proc_table[i];
        if (c->state != P_FREE && c->parent == p->pid) {
            c->parent = 1;
            c->orphan = 1;
            if (c->state == P_ZOMBIE)
                c->state = P_FREE;
            signal_orphan_stopped(c);
        }
    }
    p->exit_status = status;
    p->wait_status = wait_status;
    p->sig_pending = 0;
    trace("[kernel] pid %d (%s) exited with status %d, %d timer interrupts\n", p->pid,
          p->name, status, p->ticks);
    if (parent && parent->state != P_ZOMBIE && !p->orphan) {
        p->state = P_ZOMBIE;
        wakeup(CHAN_CHILD(parent));
        if (!parent->kernel)
            proc_signal(parent, SIGCHLD);
    } else {
        p->state = P_FREE;
    }
    if (p == current)
        need_resched = 1;
}

void proc_exit(struct proc *p, int status)
{
    finish(p, status, (status & 0xFF) << 8);
}

/* Killed by a signal: waitpid sees WTERMSIG = sig; the kernel shell's wait sees
 * 128 + sig, or -1 when the kernel already said why (announced). */
void proc_exit_signal(struct proc *p, int sig, int announced)
{
    finish(p, announced ? -1 : 128 + sig, sig & 0x7F);
}

int proc_kill(int pid)
{
    struct proc *p = proc_by_pid(pid);
    if (!p || p->kernel || p->state == P_ZOMBIE)
        return -ESRCH;
    kprintf("[kernel] pid %d (%s) killed\n", p->pid, p->name);
    proc_exit_signal(p, SIGKILL, 1);
    return 0;
}

void proc_list(void)
{
    static const char *names[] = { "free", "ready", "sleeping", "zombie", "stopped" };
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
    current->blocked_call = 1;            /* a handler may end the call: signal.c */
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
    current->cpu_ms += clock_ms() - current->started_ms;
    for (int k = 1; k <= NPROC; k++) {
        int i = (start + k) % NPROC;
        if (i != 0 && proc_table[i].state == P_RUNNABLE) {
            current = &proc_table[i];
            current->started_ms = clock_ms();
            return;
        }
    }
    current = &proc_table[0];
    current->started_ms = clock_ms();
}
