/* signal.h - signals (docs/syscalls.md, docs/kernel.md). Under the kernel they are
 * real: kill posts one to a process or group, a handler set with signal or sigaction
 * runs when the process next returns to user mode, and the default action ends the
 * process (SIGCHLD, SIGCONT are ignored by default; SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU
 * stop it until SIGCONT). On the
 * bare target only raise exists: a handler runs at once, and the default action ends
 * the program with status 128 + the signal number. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>

typedef int sig_atomic_t;
typedef unsigned sigset_t;        /* bit n: signal n */
typedef void (*__sighandler_t)(int);
typedef __sighandler_t sighandler_t;

#define SIG_DFL ((__sighandler_t)0)
#define SIG_IGN ((__sighandler_t)1)
#define SIG_ERR ((__sighandler_t)-1)

#define SIGHUP   1
#define SIGINT   2
#define SIGQUIT  3
#define SIGILL   4
#define SIGTRAP  5
#define SIGABRT  6
#define SIGBUS   7
#define SIGFPE   8
#define SIGKILL  9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG  23
#define SIGWINCH 28
#define NSIG    32

#define SA_NODEFER   0x40000000   /* the signal is not blocked while its handler runs */
#define SA_RESETHAND 0x80000000   /* back to SIG_DFL once delivered */
#define SA_RESTART   0x10000000   /* an interrupted blocking call runs again, else EINTR */

#define SIG_BLOCK   0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

struct sigaction {
    __sighandler_t sa_handler;
    sigset_t sa_mask;
    int sa_flags;
};

__sighandler_t signal(int sig, __sighandler_t handler);
int raise(int sig);
int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

#endif
