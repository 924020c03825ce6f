/* vsscanf.c - vsscanf: the scan engine reading a string (free-standing). */
#include <stdio.h>
#include "../../libc_internal.h"

static int string_get(void *context)
{
    const char **s = context;
    if (**s == 0)
        return -1;
    return (unsigned char)*(*s)++;
}

static void string_unget(int c, void *context)
{
    const char **s = context;
    (void)c;
    (*s)--;
}

int vsscanf(const char *s, const char *format, va_list ap)
{
    struct __scan_source source;
    source.get = string_get;
    source.unget = string_unget;
    source.context = &s;
    return __scan(&source, format, ap);
}
