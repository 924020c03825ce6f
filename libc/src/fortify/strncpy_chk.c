/* strncpy_chk.c - __strncpy_chk: strncpy into an object of size chars (all n are written). */
#include <string.h>
#include "fortify.h"


char *__strncpy_chk(char *dst, const char *src, size_t n, size_t size)
{
    if (n > size)
        __chk_fail();
    return strncpy(dst, src, n);
}
