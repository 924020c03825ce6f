/* fsync.c (user target) - fsync as a system call (docs/syscalls.md): -1 and errno on
 * failure. */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

int fsync(int fd) { return (int)__errno_result(__sys_fsync(fd)); }
