/* isatty.c - isatty (POSIX): whether a descriptor is a terminal. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

int isatty(int fd)
{
    int result = __io_isatty(fd);
    if (result <= 0) {
        errno = result < 0 ? -result : ENOTTY;
        return 0;
    }
    return 1;
}
