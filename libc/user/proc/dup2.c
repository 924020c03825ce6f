/* dup2.c (user target) - dup2 as a system call (docs/syscalls.md): -1 and errno on
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

int dup2(int fd, int newfd) { return check(__sys_dup2(fd, newfd)); }
