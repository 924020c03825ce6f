/* waitpid.c (user target) - waitpid as a system call (docs/syscalls.md): -1 and errno on
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

pid_t waitpid(pid_t pid, int *status, int options)
{
    return check(__sys_waitpid(pid, status, options));
}
