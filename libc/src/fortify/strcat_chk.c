/* strcat_chk.c - __strcat_chk: strcat onto a string in an object of size chars. */
#include <string.h>
#include "fortify.h"


char *__strcat_chk(char *dst, const char *src, size_t size)
{
    size_t used = strnlen(dst, size);
    if (used == size || strlen(src) >= size - used)
        __chk_fail();
    return strcat(dst, src);
}
