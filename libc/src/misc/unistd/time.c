/* time.c - time: the calendar time. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

time_t time(time_t *t)
{
    time_t now = __io_clock() / 1000;
    if (t != NULL)
        *t = now;
    return now;
}
