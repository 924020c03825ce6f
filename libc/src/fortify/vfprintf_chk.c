/* vfprintf_chk.c - __vfprintf_chk: vfprintf (the flag asks for checks this libc does not make). */
#include <stdio.h>
#include "fortify.h"


int __vfprintf_chk(FILE *stream, int flag, const char *format, va_list ap)
{
    (void)flag;
    return vfprintf(stream, format, ap);
}
