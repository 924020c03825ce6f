/* strncat_chk.c - __strncat_chk: strncat onto a string in an object of size chars. */
#include <string.h>
#include "fortify.h"


char *__strncat_chk(char *dst, const char *src, size_t n, size_t size)
{
    size_t used = strnlen(dst, size);
    if (used == size || strnlen(src, n) >= size - used)
        __chk_fail();
    return strncat(dst, src, n);
}
