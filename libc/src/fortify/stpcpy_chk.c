/* stpcpy_chk.c - __stpcpy_chk: stpcpy into an object of size chars (the terminator included). */
#include <string.h>
#include "fortify.h"


char *__stpcpy_chk(char *dst, const char *src, size_t size)
{
    size_t len = strlen(src);
    if (len >= size)
        __chk_fail();
    memcpy(dst, src, len + 1);
    return dst + len;
}
