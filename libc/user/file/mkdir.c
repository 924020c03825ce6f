/* mkdir.c (user target) - mkdir as a system call (docs/syscalls.md): -1 and errno on
 * failure. */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

int mkdir(const char *path, mode_t mode)
{
    (void)mode;
    return (int)__errno_result(__sys_mkdir(path));
}
