/* signal.c - signal and raise for signals the program raises itself (<signal.h>). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include "../libc_internal.h"

static __sighandler_t handlers[NSIG];

__sighandler_t signal(int sig, __sighandler_t handler)
{
    __sighandler_t old;
    if (sig <= 0 || sig >= NSIG || handler == SIG_ERR)
        return SIG_ERR;
    old = handlers[sig];
    handlers[sig] = handler;
    return old;
}

int raise(int sig)
{
    __sighandler_t handler;
    if (sig <= 0 || sig >= NSIG)
        return -1;
    handler = handlers[sig];
    if (handler == SIG_IGN)
        return 0;
    if (handler == SIG_DFL) {
        __stdio_flush_if_used();
        _Exit(128 + sig);
    }
    handler(sig);  /* the handler stays installed (BSD and glibc semantics) */
    return 0;
}
