/* unistd.c - POSIX-like calls on top of the back end (-1 and errno on failure), and
 * clock/time. write has its own file (write.c) so that a program that only writes
 * links nothing else from here. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../libc_internal.h"

#define check __errno_result

ssize_t read(int fd, void *buf, size_t len) { return check(__io_read(fd, buf, len)); }
int close(int fd) { return (int)check(__io_close(fd)); }
off_t lseek(int fd, off_t offset, int whence) { return check(__io_seek(fd, offset, whence)); }
int unlink(const char *path) { return (int)check(__io_unlink(path)); }

int isatty(int fd)
{
    int result = __io_isatty(fd);
    if (result <= 0) {
        errno = result < 0 ? -result : ENOTTY;
        return 0;
    }
    return 1;
}

int open(const char *path, int flags, ...)
{
    return (int)check(__io_open(path, flags));
}

void *sbrk(long increment)
{
    void *p;
    if (increment < 0) {
        errno = EINVAL;
        return (void *)-1;
    }
    p = __io_sbrk((size_t)increment);
    if (p == NULL) {
        errno = ENOMEM;
        return (void *)-1;
    }
    return p;
}

clock_t clock(void)
{
    return __io_clock();
}

time_t time(time_t *t)
{
    time_t now = __io_clock() / 1000;
    if (t != NULL)
        *t = now;
    return now;
}

double difftime(time_t end, time_t start)
{
    return (double)(end - start);
}
