/* io_read.c (user target) - the back end's read: one system call, whose negative
 * result is already -errno. The kernel takes int-sized lengths; a larger request is
 * cut (a short count). Apart from write (io_write.c) so a program links only what it
 * calls. */
#include <sys/syscall.h>
#include "../src/libc_internal.h"

long __io_read(int fd, void *buf, size_t len)
{
    return __sys_read(fd, buf, len > 0x7FFFFFFF ? 0x7FFFFFFF : (int)len);
}
