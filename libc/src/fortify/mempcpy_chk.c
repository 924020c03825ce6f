/* mempcpy_chk.c - __mempcpy_chk: mempcpy into an object of size words. */
#include <string.h>
#include "fortify.h"


void *__mempcpy_chk(void *dst, const void *src, size_t n, size_t size)
{
    if (n > size)
        __chk_fail();
    return mempcpy(dst, src, n);
}
