/* strncat.c - strncat: appending at most n chars. */
#include <string.h>

char *strncat(char *dst, const char *src, size_t n)
{
    char *d = dst + strlen(dst);
    while (n-- > 0 && *src)
        *d++ = *src++;
    *d = 0;
    return dst;
}
