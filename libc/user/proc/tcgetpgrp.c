/* tcgetpgrp.c (user target) - tcgetpgrp as a system call (docs/syscalls.md): -1 and
 * errno on failure. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/procinfo.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../../src/libc_internal.h"
#define check(x) ((int)__errno_result(x))

pid_t tcgetpgrp(int fd) { return check(__sys_tcgetpgrp(fd)); }
