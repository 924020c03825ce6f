/* open.c - open (POSIX): opening a file descriptor. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

int open(const char *path, int flags, ...)
{
    return (int)check(__io_open(path, flags));
}
