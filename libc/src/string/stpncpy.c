/* stpncpy.c - stpncpy (POSIX): strncpy returning dst + the number of chars copied
 * before the padding (the first NUL written, or dst + n). */
#include <string.h>

char *stpncpy(char *dst, const char *src, size_t n)
{
    size_t i = 0;
    char *end;
    for (; i < n && src[i]; i++)
        dst[i] = src[i];
    end = dst + i;
    for (; i < n; i++)
        dst[i] = 0;
    return end;
}
