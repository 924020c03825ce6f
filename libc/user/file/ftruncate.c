/* ftruncate.c (user target) - ftruncate as a system call (docs/syscalls.md): -1 and
 * errno on failure. */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

int ftruncate(int fd, off_t length)
{
    return (int)__errno_result(__sys_ftruncate(fd, (int)length));
}
