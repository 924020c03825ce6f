/* sprintf.c - sprintf: formatted output into a string. */
#include <stdint.h>
#include <stdio.h>
#include "../../libc_internal.h"

int sprintf(char *s, const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vsnprintf(s, SIZE_MAX / 2, format, ap);
    va_end(ap);
    return n;
}
