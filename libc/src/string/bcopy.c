/* bcopy.c - bcopy (BSD): n chars from src to dst, the areas may overlap. */
#include <strings.h>
#include "../libc_internal.h"

void bcopy(const void *src, void *dst, size_t n)
{
    char *d = dst;
    const char *s = src;
    if (d < s) {
        __qpu_copy_up(d, s, n);
    } else if (d > s) {
        while (n-- > 0)
            d[n] = s[n];
    }
}
