/* sprintf_chk.c - __sprintf_chk: sprintf into an object of size chars: the output and its terminator must fit. */
#include <stdio.h>
#include "fortify.h"


int __sprintf_chk(char *dst, int flag, size_t size, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int len = __vsprintf_chk(dst, flag, size, format, ap);
    va_end(ap);
    return len;
}
