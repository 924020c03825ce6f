/* signal.c - signals (docs/kernel.md): posting (kill, the terminal's ^C and ^Z through
 * the foreground process group, SIGPIPE, SIGCHLD), default actions (end, ignore, stop;
 * SIGCONT continues), EINTR for interrupted blocking calls, and delivery to a
 * handler on the way back to user mode: the interrupted registers are saved in a frame
 * on the user stack, the handler is called with r62 = the process's restorer, whose
 * sigreturn call restores the frame. */
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include "kernel.h"

#define SIG_BIT(s)   (1 << (s))
#define UNBLOCKABLE  (SIG_BIT(SIGKILL) | SIG_BIT(SIGSTOP))
#define FRAME_WORDS  (NREGS + 2)       /* registers, the blocked mask, the signal */
#define H_DEFAULT    0
#define H_IGNORE     1

int foreground_pgrp;

#define STOP_BITS    (SIG_BIT(SIGSTOP) | SIG_BIT(SIGTSTP) | SIG_BIT(SIGTTIN) | SIG_BIT(SIGTTOU))
#define STATUS_CONTINUED 0xFFFF          /* <sys/wait.h> WIFCONTINUED */

/* Default action "ignore": SIGCHLD, SIGCONT (which also continues a stopped process),
 * SIGURG, SIGWINCH. The job-control signals' default stops the process; every other
 * signal's default ends it. */
static int ignored_by_default(int sig)
{
    return sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH;
}

static int stops_by_default(int sig)
{
    return (SIG_BIT(sig) & STOP_BITS) != 0;
}

static int discarded(struct proc *p, int sig)
{
    int h = p->sig_handler[sig];
    if (sig == SIGKILL)
        return 0;
    return h == H_IGNORE || (h == H_DEFAULT && ignored_by_default(sig));
}

int signal_default_kills(struct proc *p, int sig)
{
    return sig == SIGKILL || (p->sig_handler[sig] == H_DEFAULT && !ignored_by_default(sig)
                              && !stops_by_default(sig));
}

/* The parent learns of a stop or a continue: waitpid (WUNTRACED, WCONTINUED) and, for a
 * user parent, SIGCHLD. */
static void tell_parent(struct proc *p, int event)
{
    struct proc *parent = proc_by_pid(p->parent);
    p->stop_event = event;
    if (!parent || p->orphan)
        return;
    wakeup(CHAN_CHILD(parent));
    if (!parent->kernel)
        proc_signal(parent, SIGCHLD);
}

/* Stopped (the default action of SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU): not scheduled
 * until SIGCONT or SIGKILL. Its ip may be on a blocking call's `int`: that call runs
 * again when it continues. */
static void stop(struct proc *p, int sig)
{
    p->state = P_STOPPED;
    tell_parent(p, 0x7F | sig << 8);
    if (p == current)
        need_resched = 1;
}

int proc_signal(struct proc *p, int sig)
{
    if (sig <= 0 || sig >= NSIG_KERNEL)
        return -EINVAL;
    if (!p || p->state == P_FREE || p->state == P_ZOMBIE)
        return -ESRCH;
    if (p->kernel)
        return -EPERM;
    if (sig == SIGCONT) {                 /* continues whatever its disposition */
        p->sig_pending &= ~STOP_BITS;
        if (p->state == P_STOPPED) {
            p->state = P_RUNNABLE;
            tty_unsettle();
            tell_parent(p, STATUS_CONTINUED);
        }
    } else if (stops_by_default(sig)) {
        p->sig_pending &= ~SIG_BIT(SIGCONT);
    }
    if (discarded(p, sig))
        return 0;
    p->sig_pending |= SIG_BIT(sig);
    if (p->state == P_SLEEPING && (SIG_BIT(sig) & (~p->sig_blocked | UNBLOCKABLE)))
        p->state = P_RUNNABLE;            /* its blocking call runs again afterwards */
    if (p->state == P_STOPPED && sig == SIGKILL)
        p->state = P_RUNNABLE;            /* to die */
    return 0;
}

/* A stopped process whose parent died would wait for ever: as POSIX does for an
 * orphaned process group, it gets SIGHUP and SIGCONT (by default it ends). */
void signal_orphan_stopped(struct proc *p)
{
    if (p->state != P_STOPPED)
        return;
    proc_signal(p, SIGHUP);
    proc_signal(p, SIGCONT);
}

int proc_signal_group(int pgrp, int sig)
{
    int count = 0;
    for (int i = 2; i < NPROC; i++) {
        struct proc *p = &proc_table[i];
        if (pgrp > 0 && p->pgid == pgrp && proc_signal(p, sig) == 0)
            count++;
    }
    return count;
}

/* The terminal's ^C (and the like): the foreground process group, if it has members. */
int proc_signal_foreground(int sig)
{
    return foreground_pgrp > 0 ? proc_signal_group(foreground_pgrp, sig) : 0;
}

/* execve: handlers point into the old program, so they go back to the default;
 * ignored signals stay ignored, the blocked mask stays. */
void signal_exec_reset(struct proc *p)
{
    for (int s = 0; s < NSIG_KERNEL; s++) {
        if (p->sig_handler[s] != H_IGNORE)
            p->sig_handler[s] = H_DEFAULT;
        p->sig_flags[s] = 0;
        p->sig_mask[s] = 0;
    }
    p->sig_restorer = 0;
}

static int push_frame(struct proc *p, int sig)
{
    int frame[FRAME_WORDS], sp = p->regs[REG_SP] - FRAME_WORDS;
    kmemcpy(frame, p->regs, NREGS);
    frame[NREGS] = p->sig_blocked;
    frame[NREGS + 1] = sig;
    if (vm_copyout(p, sp, frame, FRAME_WORDS) < 0)
        return -EFAULT;
    p->regs[1] = sig;
    p->regs[62] = p->sig_restorer;
    p->regs[REG_SP] = sp;
    p->regs[REG_IP] = p->sig_handler[sig];
    p->sig_blocked |= p->sig_mask[sig];
    if (!(p->sig_flags[sig] & SA_NODEFER))
        p->sig_blocked |= SIG_BIT(sig);
    if (p->sig_flags[sig] & SA_RESETHAND)
        p->sig_handler[sig] = H_DEFAULT;
    return 0;
}

/* A handler is about to run in p. If p slept in a blocking call (read of a terminal
 * or pipe, write to a full pipe, wait, sleep), that call either runs again after the
 * handler (SA_RESTART) or returns EINTR now: -EINTR in r0 and the ip past its `int`.
 * A pipe write that moved some words already returns that count instead. */
static void interrupt_call(struct proc *p, int sig)
{
    if (!p->blocked_call)
        return;
    p->blocked_call = 0;
    if (p->sig_flags[sig] & SA_RESTART)
        return;
    p->regs[REG_IP] += 1;
    p->regs[0] = p->io_done > 0 ? p->io_done : -EINTR;
    p->io_done = 0;
    p->wake_ms = 0;                       /* sleep(): a later call starts afresh */
}

/* Acts on p's pending, unblocked signals before p returns to user mode. 1 if p died or
 * stopped (the caller chooses another task). */
int signal_deliver(struct proc *p)
{
    while (!p->kernel && p->state == P_RUNNABLE) {
        int ready = p->sig_pending & (~p->sig_blocked | UNBLOCKABLE), sig = 1;
        if (!ready)
            return 0;
        while (!(ready & SIG_BIT(sig)))
            sig++;
        p->sig_pending &= ~SIG_BIT(sig);
        if (discarded(p, sig))
            continue;
        if (sig != SIGKILL && p->sig_handler[sig] == H_DEFAULT && stops_by_default(sig)) {
            stop(p, sig);
            return 1;
        }
        if (sig == SIGKILL || p->sig_handler[sig] == H_DEFAULT) {
            proc_exit_signal(p, sig, 0);
            return 1;
        }
        interrupt_call(p, sig);
        if (push_frame(p, sig) < 0) {
            kprintf("[kernel] pid %d (%s) killed: no stack for the handler of signal %d\n",
                    p->pid, p->name, sig);
            proc_exit_signal(p, SIGSEGV, 1);
            return 1;
        }
        return 0;                         /* one handler at a time */
    }
    return 0;
}

/* ---- the system calls ---- */

int sys_kill(int pid, int sig, int unused)
{
    struct proc *self = current;
    (void)unused;
    if (sig < 0 || sig >= NSIG_KERNEL)
        return -EINVAL;
    if (pid > 0) {
        struct proc *p = proc_by_pid(pid);
        if (!p || p->state == P_ZOMBIE)
            return -ESRCH;
        if (p->kernel)
            return -EPERM;
        return sig == 0 ? 0 : proc_signal(p, sig);
    }
    if (pid == 0 || pid < -1) {
        int pgrp = pid == 0 ? self->pgid : -pid, found = 0;
        for (int i = 2; i < NPROC; i++)
            found |= proc_table[i].pgid == pgrp && proc_table[i].state != P_FREE
                     && proc_table[i].state != P_ZOMBIE;
        if (!found)
            return -ESRCH;
        if (sig)
            proc_signal_group(pgrp, sig);
        return 0;
    }
    for (int i = 2; i < NPROC; i++)       /* -1: every process but the caller */
        if (&proc_table[i] != self && sig)
            proc_signal(&proc_table[i], sig);
    return 0;
}

int sys_sigaction(int sig, int act_va, int old_va)
{
    struct proc *p = current;
    struct __sigaction act, old;
    if (p->kernel || sig <= 0 || sig >= NSIG_KERNEL)
        return -EINVAL;
    old.handler = p->sig_handler[sig];
    old.mask = p->sig_mask[sig];
    old.flags = p->sig_flags[sig];
    old.restorer = p->sig_restorer;
    if (act_va) {
        if (vm_copyin(p, (int *)&act, act_va, sizeof act) < 0)
            return -EFAULT;
        if (sig == SIGKILL || sig == SIGSTOP)
            return -EINVAL;
        if (old_va && vm_copyout(p, old_va, (int *)&old, sizeof old) < 0)
            return -EFAULT;
        p->sig_handler[sig] = act.handler;
        p->sig_mask[sig] = act.mask & ~UNBLOCKABLE;
        p->sig_flags[sig] = act.flags;
        if (act.handler > H_IGNORE)
            p->sig_restorer = act.restorer;
        if (discarded(p, sig))
            p->sig_pending &= ~SIG_BIT(sig);
        return 0;
    }
    if (old_va && vm_copyout(p, old_va, (int *)&old, sizeof old) < 0)
        return -EFAULT;
    return 0;
}

/* The restorer's call: the frame the delivery pushed is at the stack pointer. */
int sys_sigreturn(int unused1, int unused2, int unused3)
{
    struct proc *p = current;
    int frame[FRAME_WORDS];
    (void)unused1, (void)unused2, (void)unused3;
    if (p->kernel)
        return -EINVAL;
    if (vm_copyin(p, frame, p->regs[REG_SP], FRAME_WORDS) < 0) {
        kprintf("[kernel] pid %d (%s) killed: bad signal frame at 0x%x\n", p->pid,
                p->name, p->regs[REG_SP]);
        proc_exit_signal(p, SIGSEGV, 1);
        return 0;
    }
    kmemcpy(p->regs, frame, NREGS);
    p->sig_blocked = frame[NREGS] & ~UNBLOCKABLE;
    return p->regs[0];                    /* written back to r0 unchanged */
}

int sys_sigprocmask(int how, int set_va, int old_va)
{
    struct proc *p = current;
    int set = 0, old = p->sig_blocked;
    if (set_va && vm_copyin(p, &set, set_va, 1) < 0)
        return -EFAULT;
    if (old_va && vm_copyout(p, old_va, &old, 1) < 0)
        return -EFAULT;
    if (!set_va)
        return 0;
    if (how == SIG_BLOCK)
        p->sig_blocked |= set;
    else if (how == SIG_UNBLOCK)
        p->sig_blocked &= ~set;
    else if (how == SIG_SETMASK)
        p->sig_blocked = set;
    else
        return -EINVAL;
    p->sig_blocked &= ~UNBLOCKABLE;
    return 0;
}
