/* vprintf_chk.c - __vprintf_chk: vprintf (the flag asks for checks this libc does not make). */
#include <stdio.h>
#include "fortify.h"


int __vprintf_chk(int flag, const char *format, va_list ap)
{
    (void)flag;
    return vprintf(format, ap);
}
