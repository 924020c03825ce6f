/* scanf.c - scanf: formatted input from stdin. */
#include "../stdio_impl.h"

int scanf(const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfscanf(stdin, format, ap);
    va_end(ap);
    return n;
}
