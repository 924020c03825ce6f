/* fork.c - fork: a new process with a copy of the caller's memory (every physical run
 * copied, docs/kernel.md), its registers (r0 = 0 in the child), descriptors (sharing
 * the open files), directory, process group and signal dispositions. */
#include <errno.h>
#include "kernel.h"

static void copy_signals(struct proc *child, struct proc *parent)
{
    for (int s = 0; s < NSIG_KERNEL; s++) {
        child->sig_handler[s] = parent->sig_handler[s];
        child->sig_flags[s] = parent->sig_flags[s];
        child->sig_mask[s] = parent->sig_mask[s];
    }
    child->sig_restorer = parent->sig_restorer;
    child->sig_blocked = parent->sig_blocked;
    child->sig_pending = 0;
}

int proc_fork(struct proc *parent)
{
    struct proc *child;
    if (parent->kernel)
        return -EPERM;                    /* kernel tasks share the kernel's memory */
    child = proc_alloc();
    if (!child)
        return -EAGAIN;
    if (vm_fork(child, parent) < 0) {
        vm_free(child);
        child->state = P_FREE;
        return -ENOMEM;
    }
    kmemcpy(child->regs, parent->regs, NREGS);
    child->regs[0] = 0;
    for (int fd = 0; fd < NOFILE; fd++) {
        if (parent->files[fd])
            child->files[fd] = file_dup(parent->files[fd]);
        child->fd_flags[fd] = parent->fd_flags[fd];
    }
    copy_signals(child, parent);
    child->parent = parent->pid;
    child->pgid = parent->pgid;
    kstrlcpy(child->cwd, parent->cwd, PATH_MAX);
    kstrlcpy(child->name, parent->name, PROC_NAME_MAX + 1);
    child->started_ms = clock_ms();
    tty_unsettle();                       /* tty_read_ahead waits */
    child->state = P_RUNNABLE;
    trace("[kernel] pid %d: fork of %d, %d free pages\n", child->pid, parent->pid,
          page_free_count());
    return child->pid;
}
