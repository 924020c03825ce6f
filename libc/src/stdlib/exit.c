/* exit.c - atexit, exit, _Exit and abort. exit runs the atexit functions in reverse
 * order, flushes every stream, then ends the program through the back end's _exit
 * (halt on the bare target, the exit system call under the kernel). */
#include <signal.h>
#include <stdlib.h>
#include "../libc_internal.h"

#define ATEXIT_MAX 32

static void (*handlers[ATEXIT_MAX])(void);
static int handler_count;

int atexit(void (*function)(void))
{
    if (handler_count == ATEXIT_MAX)
        return -1;
    handlers[handler_count++] = function;
    return 0;
}

void exit(int status)
{
    while (handler_count > 0)
        handlers[--handler_count]();
    __stdio_flush_all();
    _exit(status);
}

void _Exit(int status)
{
    _exit(status);
}

/* Raises SIGABRT: a handler may run (and may longjmp away); otherwise the status is
 * 134 (128 + SIGABRT, as a POSIX shell reports an abort). Streams are flushed so that
 * output written before the failure is not lost. */
void abort(void)
{
    raise(SIGABRT);
    __stdio_flush_all();
    _exit(134);
}
