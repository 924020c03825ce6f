/* fscanf.c - fscanf: formatted input from a stream. */
#include "../stdio_impl.h"

int fscanf(FILE *f, const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfscanf(f, format, ap);
    va_end(ap);
    return n;
}
