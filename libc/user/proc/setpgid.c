/* setpgid.c (user target) - setpgid as a system call (docs/syscalls.md): -1 and errno on
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

int setpgid(pid_t pid, pid_t pgid) { return check(__sys_setpgid(pid, pgid)); }
