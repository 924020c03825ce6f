/* fprintf.c - fprintf: formatted output to a stream. */
#include "../stdio_impl.h"

int fprintf(FILE *f, const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfprintf(f, format, ap);
    va_end(ap);
    return n;
}
