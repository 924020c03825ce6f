/* signal.c (user target) - signals through the kernel (docs/kernel.md): sigaction
 * passes the handler and the restorer, __sys_sigreturn's stub, which the handler
 * returns to; raise is kill of the caller, delivered before raise returns. */
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../src/libc_internal.h"

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
    struct __sigaction k, prev;
    int r;
    if (act) {
        k.handler = (int)act->sa_handler;
        k.mask = act->sa_mask;
        k.flags = act->sa_flags;
        k.restorer = (int)__sys_sigreturn;
    }
    r = __sys_sigaction(sig, act ? &k : NULL, old ? &prev : NULL);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    if (old) {
        old->sa_handler = (__sighandler_t)prev.handler;
        old->sa_mask = prev.mask;
        old->sa_flags = prev.flags;
    }
    return 0;
}

/* BSD semantics: the handler stays installed and restarts interrupted calls. */
__sighandler_t signal(int sig, __sighandler_t handler)
{
    struct sigaction act, old;
    act.sa_handler = handler;
    act.sa_mask = 0;
    act.sa_flags = SA_RESTART;
    if (handler == SIG_ERR || sigaction(sig, &act, &old) < 0) {
        errno = EINVAL;
        return SIG_ERR;
    }
    return old.sa_handler;
}

int kill(pid_t pid, int sig) { return (int)__errno_result(__sys_kill(pid, sig)); }

int killpg(pid_t pgrp, int sig)
{
    if (pgrp <= 1) {
        errno = EINVAL;
        return -1;
    }
    return kill(-pgrp, sig);
}

/* As on the bare target, a default action that ends the program flushes the streams
 * first (abort's output is not lost). */
int raise(int sig)
{
    struct sigaction old;
    if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_DFL && sig != SIGCHLD
        && sig != SIGCONT && sig != SIGURG && sig != SIGWINCH && (sig < SIGSTOP || sig > SIGTTOU))
        __stdio_flush_if_used();
    return kill(__sys_getpid(), sig);
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
    return (int)__errno_result(__sys_sigprocmask(how, set, old));
}

static int bad(int sig)
{
    if (sig > 0 && sig < NSIG)
        return 0;
    errno = EINVAL;
    return 1;
}

int sigemptyset(sigset_t *set) { *set = 0; return 0; }
int sigfillset(sigset_t *set) { *set = ~0u; return 0; }
int sigaddset(sigset_t *set, int sig) { return bad(sig) ? -1 : (*set |= 1u << sig, 0); }
int sigdelset(sigset_t *set, int sig) { return bad(sig) ? -1 : (*set &= ~(1u << sig), 0); }
int sigismember(const sigset_t *set, int sig) { return bad(sig) ? -1 : (*set >> sig) & 1; }
