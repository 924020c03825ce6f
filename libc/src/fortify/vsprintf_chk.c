/* vsprintf_chk.c - __vsprintf_chk: vsprintf into an object of size chars: the output and its terminator must fit. */
#include <stdio.h>
#include "fortify.h"


int __vsprintf_chk(char *dst, int flag, size_t size, const char *format, va_list ap)
{
    (void)flag;
    if (size == 0)
        __chk_fail();
    int len = vsnprintf(dst, size, format, ap);
    if (len >= 0 && (size_t)len >= size)
        __chk_fail();
    return len;
}
