/* vsnprintf_chk.c - __vsnprintf_chk: vsnprintf of at most n chars into an object of size chars. */
#include <stdio.h>
#include "fortify.h"


int __vsnprintf_chk(char *dst, size_t n, int flag, size_t size, const char *format,
                    va_list ap)
{
    (void)flag;
    if (n > size)
        __chk_fail();
    return vsnprintf(dst, n, format, ap);
}
