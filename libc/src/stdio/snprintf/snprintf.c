/* snprintf.c - snprintf: formatted output into a string of a given size. */
#include <stdint.h>
#include <stdio.h>
#include "../../libc_internal.h"

int snprintf(char *s, size_t size, const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vsnprintf(s, size, format, ap);
    va_end(ap);
    return n;
}
