/* getcwd.c (user target) - getcwd as a system call (docs/syscalls.md): -1 and errno on
 * failure. */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

char *getcwd(char *buf, size_t size)
{
    int r;
    if (size == 0) {
        errno = buf ? EINVAL : ERANGE;
        return NULL;
    }
    r = __sys_getcwd(buf, size > 0x7FFFFFFF ? 0x7FFFFFFF : (int)size);
    if (r < 0) {
        errno = -r;
        return NULL;
    }
    return buf;
}
