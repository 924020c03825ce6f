/* fstat.c (user target) - fstat as a system call (docs/syscalls.md): -1 and errno on
 * failure. */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

int fstat(int fd, struct stat *st) { return (int)__errno_result(__sys_fstat(fd, st)); }
