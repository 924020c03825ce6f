/* init.c - pid 1, the first task (docs/kernel.md, "Boot"): it starts /bin/sh as the
 * first user process, gives it the terminal, and halts the machine when it exits. When
 * /bin/sh cannot be started (no disk, no such file, not an executable) or a signal kills
 * it, the kernel says so and runs its built-in shell (shell.c) instead, so a broken
 * disk still boots to a prompt. Processes whose parent exits are re-parented to pid 1,
 * which frees them when they end (proc.c). */
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include "kernel.h"

static int atomic(int (*fn)(int, int), int a, int b)
{
    return kcall(KCALL_ATOMIC, (int)fn, a, b);
}

/* Spawns /bin/sh (or /bin/sh.qbin) and makes it the terminal's foreground job. */
static int start_user_shell(int unused1, int unused2)
{
    static char *argv[] = { "sh", 0 };
    struct fsnode n;
    const char *path = fs_lookup("/bin/sh", &n) == 0 ? "/bin/sh" : "/bin/sh.qbin";
    int pid;
    (void)unused1, (void)unused2;
    pid = proc_spawn(path, 1, argv);
    if (pid > 0) {
        tty_set_foreground(pid);
        foreground_pgrp = proc_by_pid(pid)->pgid;
    }
    return pid;
}

static int say_no_shell(int err, int unused)
{
    (void)unused;
    shell_say_error("[kernel] cannot start /bin/sh", err);
    kprintf("[kernel] using the built-in shell (`help` lists its commands)\n");
    return 0;
}

static int say_shell_killed(int unused1, int unused2)
{
    (void)unused1, (void)unused2;
    kprintf("[kernel] /bin/sh was killed: using the built-in shell\n");
    return 0;
}

/* User processes still alive when the shell has exited (its jobs' own children). */
static int say_leftovers(int unused1, int unused2)
{
    int n = 0;
    (void)unused1, (void)unused2;
    for (int i = 2; i < NPROC; i++)
        if (proc_table[i].state != P_FREE && proc_table[i].state != P_ZOMBIE)
            n++;
    if (n > 0)
        kprintf("[kernel] halting with %d process%s still running\n", n, n == 1 ? "" : "es");
    return 0;
}

static int release_terminal(int unused1, int unused2)
{
    (void)unused1, (void)unused2;
    tty_set_foreground(0);
    foreground_pgrp = 0;
    return 0;
}

/* Stopped (SIGSTOP: the shell ignores ^Z), the shell would leave the machine with
 * nothing to do: it is continued. */
static int continue_shell(int pid, int unused)
{
    (void)unused;
    kprintf("[kernel] /bin/sh was stopped: continuing it\n");
    proc_signal(proc_by_pid(pid), SIGCONT);
    return 0;
}

static int halt(int unused1, int unused2)
{
    (void)unused1, (void)unused2;
    machine_halt(0);
    return 0;
}

void init_main(void)
{
    int status = 0, pid = atomic(start_user_shell, 0, 0);
    if (pid < 0) {
        atomic(say_no_shell, pid, 0);
        shell_main();
    }
    for (;;) {
        if (kcall(SYS_waitpid, pid, (int)&status, WUNTRACED) != pid)
            continue;
        if ((status & 0xFF) != 0x7F)
            break;
        atomic(continue_shell, pid, 0);
    }
    atomic(release_terminal, 0, 0);
    if (status & 0x7F) {                      /* killed by a signal (POSIX encoding) */
        atomic(say_shell_killed, 0, 0);
        shell_main();
    }
    atomic(say_leftovers, 0, 0);
    atomic(halt, 0, 0);
}
