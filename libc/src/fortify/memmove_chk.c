/* memmove_chk.c - __memmove_chk: memmove into an object of size words. */
#include <string.h>
#include "fortify.h"


void *__memmove_chk(void *dst, const void *src, size_t n, size_t size)
{
    if (n > size)
        __chk_fail();
    return memmove(dst, src, n);
}
