/* stpncpy_chk.c - __stpncpy_chk: stpncpy into an object of size chars (all n are written). */
#include <string.h>
#include "fortify.h"


char *__stpncpy_chk(char *dst, const char *src, size_t n, size_t size)
{
    if (n > size)
        __chk_fail();
    return stpncpy(dst, src, n);
}
