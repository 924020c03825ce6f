/* exit.c - atexit, exit and _Exit (abort has its own file). exit runs the atexit
 * functions in reverse order, flushes every stream, lets the back end save what it
 * holds (__io_exit_hook), then ends the program through the back end's _exit (halt on
 * the bare target, the exit system call under the kernel).
 * The streams are flushed through a hook that stdio sets on first use, so exit alone
 * does not bring stdio into a program. */
#include <stdlib.h>
#include "../libc_internal.h"

#define ATEXIT_MAX 32

static void (*handlers[ATEXIT_MAX])(void);
static int handler_count;

void (*__stdio_exit_flush)(void);
void (*__io_exit_hook)(void);

void __stdio_flush_if_used(void)
{
    if (__stdio_exit_flush != NULL)
        __stdio_exit_flush();
}

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
    __stdio_flush_if_used();
    if (__io_exit_hook != NULL)
        __io_exit_hook();
    _exit(status);
}

void _Exit(int status)
{
    _exit(status);
}
