/* snprintf_chk.c - __snprintf_chk: snprintf of at most n chars into an object of size chars. */
#include <stdio.h>
#include "fortify.h"


int __snprintf_chk(char *dst, size_t n, int flag, size_t size, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int len = __vsnprintf_chk(dst, n, flag, size, format, ap);
    va_end(ap);
    return len;
}
