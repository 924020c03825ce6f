/* file.c (user target) - the file and directory calls of <sys/stat.h> and <unistd.h>
 * (stat, fstat, mkdir, rmdir, getcwd, chdir, fsync, sync, ftruncate): one system call
 * each, -1 with errno set on failure. */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../src/libc_internal.h"

int stat(const char *path, struct stat *st) { return (int)__errno_result(__sys_stat(path, st)); }
int fstat(int fd, struct stat *st) { return (int)__errno_result(__sys_fstat(fd, st)); }
int rmdir(const char *path) { return (int)__errno_result(__sys_rmdir(path)); }
int chdir(const char *path) { return (int)__errno_result(__sys_chdir(path)); }
int fsync(int fd) { return (int)__errno_result(__sys_fsync(fd)); }
void sync(void) { __sys_sync(); }

int mkdir(const char *path, mode_t mode)
{
    (void)mode;
    return (int)__errno_result(__sys_mkdir(path));
}

int ftruncate(int fd, off_t length)
{
    return (int)__errno_result(__sys_ftruncate(fd, (int)length));
}

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
