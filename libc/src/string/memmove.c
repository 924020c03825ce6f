/* memmove.c - memmove: copy of n chars between areas that may overlap. */
#include <string.h>
#include "../libc_internal.h"

void *memmove(void *dst, const void *src, size_t n)
{
    char *d = dst;
    const char *s = src;
    if (d < s) {
        __qpu_copy_up(d, s, n);
    } else if (d > s) {
        d += n;
        s += n;
        while (n-- > 0)
            *--d = *--s;
    }
    return dst;
}
