/* io.c (user target) - the back end of stdio and the allocator under the kernel: each
 * call is one system call (sys/syscall.h, docs/syscalls.md), whose negative results
 * are already -errno. */
#include <errno.h>
#include <sys/syscall.h>
#include "../src/libc_internal.h"

/* The kernel takes int-sized lengths; larger requests are cut (a short count). */
static int clamp(size_t len)
{
    return len > 0x7FFFFFFF ? 0x7FFFFFFF : (int)len;
}

long __io_read(int fd, void *buf, size_t len) { return __sys_read(fd, buf, clamp(len)); }
long __io_write(int fd, const void *buf, size_t len) { return __sys_write(fd, buf, clamp(len)); }
int __io_open(const char *path, int flags) { return __sys_open(path, flags); }
int __io_close(int fd) { return __sys_close(fd); }
int __io_remove(const char *path) { return __sys_destroy(path); }
long __io_seek(int fd, long offset, int whence) { return __sys_seek(fd, (int)offset, whence); }
int __io_isatty(int fd) { return __sys_isatty(fd); }
long __io_clock(void) { return __sys_clock(); }

void *__io_sbrk(size_t words)
{
    int start;
    if (words > 0x7FFFFFFF)
        return NULL;
    start = __sys_sbrk((int)words);
    return start < 0 ? NULL : (void *)start;
}

void _exit(int status)
{
    for (;;)
        __sys_exit(status);
}
