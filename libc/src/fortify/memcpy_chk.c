/* memcpy_chk.c - __memcpy_chk: memcpy into an object of size words. */
#include <string.h>
#include "fortify.h"


void *__memcpy_chk(void *dst, const void *src, size_t n, size_t size)
{
    if (n > size)
        __chk_fail();
    return memcpy(dst, src, n);
}
