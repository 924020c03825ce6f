/* sbrk.c - sbrk: growing the heap. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

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
