/* clock.c - clock: processor time used, in CLOCKS_PER_SEC units. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

clock_t clock(void)
{
    return __io_clock();
}
