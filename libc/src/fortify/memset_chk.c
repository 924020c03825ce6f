/* memset_chk.c - __memset_chk: memset of an object of size words. */
#include <string.h>
#include "fortify.h"


void *__memset_chk(void *dst, int c, size_t n, size_t size)
{
    if (n > size)
        __chk_fail();
    return memset(dst, c, n);
}
