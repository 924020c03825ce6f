/* scanf.c - scanf, fscanf, vscanf, vfscanf: the scanf engine reading a stream. */
#include "stdio_impl.h"

static int stream_get(void *context)
{
    return fgetc(context);
}

static void stream_unget(int c, void *context)
{
    ungetc(c, context);
}

int vfscanf(FILE *f, const char *format, va_list ap)
{
    struct __scan_source source;
    source.get = stream_get;
    source.unget = stream_unget;
    source.context = f;
    return __scan(&source, format, ap);
}

int vscanf(const char *format, va_list ap)
{
    return vfscanf(stdin, format, ap);
}

int fscanf(FILE *f, const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfscanf(f, format, ap);
    va_end(ap);
    return n;
}

int scanf(const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfscanf(stdin, format, ap);
    va_end(ap);
    return n;
}
