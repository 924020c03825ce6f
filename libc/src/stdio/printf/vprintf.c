/* vprintf.c - vprintf: vfprintf to stdout. */
#include "../stdio_impl.h"

int vprintf(const char *format, va_list ap)
{
    return vfprintf(stdout, format, ap);
}
