/* vscanf.c - vscanf: vfscanf from stdin. */
#include "../stdio_impl.h"

int vscanf(const char *format, va_list ap)
{
    return vfscanf(stdin, format, ap);
}
