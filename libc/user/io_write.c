/* io_write.c (user target) - the back end's write: one system call, whose negative
 * result is already -errno. The kernel takes int-sized lengths; a larger request is
 * cut (a short count). */
#include <sys/syscall.h>
#include "../src/libc_internal.h"

long __io_write(int fd, const void *buf, size_t len)
{
    return __sys_write(fd, buf, len > 0x7FFFFFFF ? 0x7FFFFFFF : (int)len);
}
