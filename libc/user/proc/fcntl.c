/* fcntl.c (user target) - fcntl as a system call (docs/syscalls.md): -1 and errno on
 * failure. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/procinfo.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../../src/libc_internal.h"
#define check(x) ((int)__errno_result(x))

int fcntl(int fd, int cmd, ...)
{
    va_list ap;
    int arg;
    va_start(ap, cmd);
    arg = va_arg(ap, int);        /* every variadic argument is a stack word */
    va_end(ap);
    return check(__sys_fcntl(fd, cmd, arg));
}
