/* printf.c - printf: formatted output to stdout. */
#include "../stdio_impl.h"

int printf(const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfprintf(stdout, format, ap);
    va_end(ap);
    return n;
}
