/* sys_proc.c - the process system calls (numbers 17..39 in sys/syscall.h, and wait):
 * fork, execve, spawn and spawnve, waitpid, getppid, process groups and the terminal's foreground group,
 * the free-page count. Signals are in signal.c, descriptors and pipes in fd.c. */
#include <errno.h>
#include <fcntl.h>
#include <sys/procinfo.h>
#include <sys/wait.h>
#include "kernel.h"

int sys_fork(int unused1, int unused2, int unused3)
{
    (void)unused1, (void)unused2, (void)unused3;
    return proc_fork(current);
}

/* execve's and spawnve's request: the path made absolute into abs, and where argv
 * (NULL: argv[0] is the path) and envp (NULL: empty) are in the caller. */
static int exec_request(int path_va, int argv_va, int envp_va, char *abs,
                        struct exec_args *a)
{
    a->from = current;
    a->argv = argv_va;
    a->envp = envp_va;
    a->path0 = path_va;
    a->max_argc = -1;
    return user_path(path_va, abs);
}

int sys_execve(int path_va, int argv_va, int envp_va)
{
    char abs[PATH_MAX];
    struct exec_args args;
    int r = exec_request(path_va, argv_va, envp_va, abs, &args);
    if (r < 0)
        return r;
    return current->kernel ? -EPERM : proc_exec(current, abs, &args);
}

/* spawn (7) and spawnve (35): a new process, made as execve in a forked child would
 * be, without the fork. */
int sys_spawnve(int path_va, int argv_va, int envp_va)
{
    char abs[PATH_MAX];
    struct exec_args args;
    int r = exec_request(path_va, argv_va, envp_va, abs, &args);
    return r < 0 ? r : proc_spawn_args(abs, &args);
}

static int is_waited_child(struct proc *c, int pid)
{
    if (c->state == P_FREE || c->parent != current->pid || c->orphan)
        return 0;
    if (pid > 0)
        return c->pid == pid;
    if (pid == 0)
        return c->pgid == current->pgid;
    return pid == -1 || c->pgid == -pid;
}

/* A stop or continue of c that options (WUNTRACED, WCONTINUED) ask for is reported
 * once, as the POSIX status. */
static int wanted_event(struct proc *c, int options)
{
    if (c->stop_event == 0 || c->state == P_ZOMBIE)
        return 0;
    if ((c->stop_event & 0xFF) == 0x7F)
        return (options & WUNTRACED) && c->state == P_STOPPED;
    return (options & WCONTINUED) != 0;
}

/* A zombie child matching pid, freed after its status is copied out (status_word:
 * the POSIX status, else the raw one), or a stopped/continued one (options); 0 if some
 * match still runs (the caller sleeps unless WNOHANG), -ECHILD if none. */
static int reap(int pid, int status_va, int posix, int options)
{
    int children = 0;
    for (int i = 2; i < NPROC; i++) {
        struct proc *c = &proc_table[i];
        if (!is_waited_child(c, pid))
            continue;
        if (wanted_event(c, options)) {
            if (status_va && vm_copyout(current, status_va, &c->stop_event, 1) < 0)
                return -EFAULT;
            c->stop_event = 0;
            return c->pid;
        }
        if (c->state == P_ZOMBIE) {
            if (status_va && !vm_check(current, status_va, 1, QPU_PAGE_WRITE))
                return -EFAULT;           /* the zombie stays for a better call */
            if (status_va)
                vm_copyout(current, status_va, posix ? &c->wait_status : &c->exit_status, 1);
            c->state = P_FREE;
            return c->pid;
        }
        children++;
    }
    if (!children)
        return -ECHILD;
    if (status_va && !vm_check(current, status_va, 1, QPU_PAGE_WRITE))
        return -EFAULT;
    if (!(options & WNOHANG))
        sleep_on(CHAN_CHILD(current));
    return 0;
}

int sys_waitpid(int pid, int status_va, int options)
{
    if (options & ~(WNOHANG | WUNTRACED | WCONTINUED))
        return -EINVAL;
    return reap(pid, status_va, 1, options);
}

/* The original wait (number 9): the raw status, -1 for a killed process. The kernel
 * shell waits with it for its foreground program, which is then the terminal's
 * foreground process group (unless the program chose another with tcsetpgrp). */
int sys_wait(int pid, int status_va, int unused)
{
    struct proc *c = proc_by_pid(pid);
    int r;
    (void)unused;
    if (status_va && !vm_check(current, status_va, 1, QPU_PAGE_WRITE))
        return -EFAULT;
    if (current->kernel && c && c->parent == current->pid && !foreground_pgrp)
        foreground_pgrp = c->pgid;
    r = reap(pid, status_va, 0, current->kernel ? WUNTRACED : 0);
    if (current->kernel && r != 0)
        foreground_pgrp = 0;
    return r;
}

int sys_getppid(int unused1, int unused2, int unused3)
{
    (void)unused1, (void)unused2, (void)unused3;
    return current->parent;
}

static int group_exists(int pgrp)
{
    for (int i = 2; i < NPROC; i++)
        if (proc_table[i].state != P_FREE && proc_table[i].pgid == pgrp)
            return 1;
    return 0;
}

/* setpgid(pid, pgid): pid 0 is the caller, pgid 0 is pid; the target is the caller or
 * one of its children, and pgid is its own pid (a new group) or an existing group. */
int sys_setpgid(int pid, int pgid, int unused)
{
    struct proc *p = pid == 0 ? current : proc_by_pid(pid);
    (void)unused;
    if (pgid < 0)
        return -EINVAL;
    if (!p || p->state == P_ZOMBIE || (p != current && p->parent != current->pid))
        return -ESRCH;
    if (p->kernel)
        return -EPERM;
    if (pgid == 0)
        pgid = p->pid;
    if (pgid != p->pid && !group_exists(pgid))
        return -EPERM;
    p->pgid = pgid;
    return 0;
}

int sys_getpgid(int pid, int unused1, int unused2)
{
    struct proc *p = pid == 0 ? current : proc_by_pid(pid);
    (void)unused1, (void)unused2;
    return p ? p->pgid : -ESRCH;
}

static int is_terminal(int fd)
{
    return fd >= 0 && fd < NOFILE && current->files[fd]
           && current->files[fd]->type == F_CONSOLE;
}

int sys_tcsetpgrp(int fd, int pgrp, int unused)
{
    (void)unused;
    if (!is_terminal(fd))
        return -ENOTTY;
    if (pgrp <= 0)
        return -EINVAL;
    if (!group_exists(pgrp))
        return -EPERM;
    foreground_pgrp = pgrp;
    tty_unsettle();
    return 0;
}

int sys_tcgetpgrp(int fd, int unused1, int unused2)
{
    (void)unused1, (void)unused2;
    if (!is_terminal(fd))
        return -ENOTTY;
    return foreground_pgrp > 0 ? foreground_pgrp : current->pgid;
}

int sys_freepages(int unused1, int unused2, int unused3)
{
    (void)unused1, (void)unused2, (void)unused3;
    return page_free_count();
}

/* procinfo(index, struct qpu_procinfo *): the index-th live process, for ps. */
int sys_procinfo(int index, int info_va, int unused)
{
    struct qpu_procinfo info;
    (void)unused;
    for (int i = 0; i < NPROC; i++) {
        struct proc *p = &proc_table[i];
        if (p->state == P_FREE || index-- > 0)
            continue;
        kmemset((int *)&info, 0, sizeof info);
        info.pid = p->pid;
        info.ppid = p->parent;
        info.pgid = p->pgid;
        info.state = p->state == P_ZOMBIE ? QPU_PROC_ZOMBIE
                   : p->state == P_STOPPED ? QPU_PROC_STOPPED
                   : p->state == P_SLEEPING ? QPU_PROC_SLEEPING : QPU_PROC_RUNNING;
        info.cpu_ms = p->cpu_ms + (p == current ? clock_ms() - p->started_ms : 0);
        info.kernel = p->kernel;
        kstrlcpy(info.name, p->name, QPU_PROCINFO_NAME + 1);
        return vm_copyout(current, info_va, (int *)&info, sizeof info) < 0 ? -EFAULT : 1;
    }
    return 0;
}
