/* vfscanf.c - vfscanf: the scan engine reading a stream. */
#include "../stdio_impl.h"

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
