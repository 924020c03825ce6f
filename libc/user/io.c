/* io.c (user target) - the back end of stdio and the allocator under the kernel: each
 * call is one system call (sys/syscall.h, docs/syscalls.md), whose negative results
 * are already -errno. read and write are in io_read.c and io_write.c, _exit in exit.c,
 * so a small program links only what it calls. */
#include <errno.h>
#include <sys/syscall.h>
#include "../src/libc_internal.h"

int __io_open(const char *path, int flags) { return __sys_open(path, flags); }
int __io_close(int fd) { return __sys_close(fd); }
int __io_remove(const char *path) { return __sys_destroy(path); }
int __io_unlink(const char *path) { return __sys_unlink(path); }
int __io_rename(const char *old_path, const char *new_path) { return __sys_rename(old_path, new_path); }
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
