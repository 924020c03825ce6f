/* sscanf.c - sscanf: formatted input from a string. */
#include <stdio.h>
#include "../../libc_internal.h"

int sscanf(const char *s, const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vsscanf(s, format, ap);
    va_end(ap);
    return n;
}
