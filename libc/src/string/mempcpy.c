/* mempcpy.c - mempcpy (GNU): memcpy returning the end of the copy. */
#include <string.h>
#include "../libc_internal.h"

/* GNU: memcpy that returns the end of the copy. */
void *mempcpy(void *dst, const void *src, size_t n)
{
    __qpu_copy_up(dst, src, n);
    return (char *)dst + n;
}
