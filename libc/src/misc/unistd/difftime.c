/* difftime.c - difftime: difference of two times in seconds. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

double difftime(time_t end, time_t start)
{
    return (double)(end - start);
}
