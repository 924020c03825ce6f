/* memcpy.c - memcpy: copy of n chars (a char is a whole word on the QPU, so there are no
 * wider copies to make). */
#include <string.h>
#include "../libc_internal.h"

void *memcpy(void *dst, const void *src, size_t n)
{
    __qpu_copy_up(dst, src, n);
    return dst;
}
