/* vsprintf.c - vsprintf: vsnprintf without a size. */
#include <stdint.h>
#include <stdio.h>
#include "../../libc_internal.h"

int vsprintf(char *s, const char *format, va_list ap)
{
    return vsnprintf(s, SIZE_MAX / 2, format, ap);
}
