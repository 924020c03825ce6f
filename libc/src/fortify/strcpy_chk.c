/* strcpy_chk.c - __strcpy_chk: strcpy into an object of size chars (the terminator included). */
#include <string.h>
#include "fortify.h"


char *__strcpy_chk(char *dst, const char *src, size_t size)
{
    size_t len = strlen(src);
    if (len >= size)
        __chk_fail();
    return memcpy(dst, src, len + 1);
}
