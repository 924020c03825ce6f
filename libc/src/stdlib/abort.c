/* abort.c - abort: raises SIGABRT, and ends the program if a handler returns. */
#include <signal.h>
#include <stdlib.h>
#include "../libc_internal.h"

/* Raises SIGABRT: a handler may run (and may longjmp away); otherwise the status is
 * 134 (128 + SIGABRT, as a POSIX shell reports an abort). Streams are flushed so that
 * output written before the failure is not lost. */
void abort(void)
{
    raise(SIGABRT);
    __stdio_flush_if_used();
    _exit(134);
}
