/* proc.c (user target) - the process and descriptor calls of <unistd.h>,
 * <sys/wait.h>, <fcntl.h> and <sys/procinfo.h> as system calls (docs/syscalls.md): -1 and errno on
 * failure. The exec family is in exec.c. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/procinfo.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../src/libc_internal.h"

#define check(x) ((int)__errno_result(x))

pid_t fork(void) { return check(__sys_fork()); }
pid_t getppid(void) { return __sys_getppid(); }
pid_t wait(int *status) { return check(__sys_waitpid(-1, status, 0)); }
pid_t waitpid(pid_t pid, int *status, int options)
{
    return check(__sys_waitpid(pid, status, options));
}
int setpgid(pid_t pid, pid_t pgid) { return check(__sys_setpgid(pid, pgid)); }
pid_t getpgid(pid_t pid) { return check(__sys_getpgid(pid)); }
pid_t getpgrp(void) { return __sys_getpgid(0); }
int tcsetpgrp(int fd, pid_t pgrp) { return check(__sys_tcsetpgrp(fd, pgrp)); }
pid_t tcgetpgrp(int fd) { return check(__sys_tcgetpgrp(fd)); }
int pipe(int fds[2]) { return check(__sys_pipe(fds, 0)); }
int pipe2(int fds[2], int flags) { return check(__sys_pipe(fds, flags)); }
int dup(int fd) { return check(__sys_dup(fd)); }
int dup2(int fd, int newfd) { return check(__sys_dup2(fd, newfd)); }
int qpu_free_pages(void) { return __sys_freepages(); }

int fcntl(int fd, int cmd, ...)
{
    va_list ap;
    int arg;
    va_start(ap, cmd);
    arg = va_arg(ap, int);        /* every variadic argument is a stack word */
    va_end(ap);
    return check(__sys_fcntl(fd, cmd, arg));
}

int procinfo(int index, struct qpu_procinfo *info)
{
    return check(__sys_procinfo(index, info));
}
