/* printf.c - printf, fprintf, vprintf, vfprintf: the format engine writing into a
 * stream's buffer. The result is -1 if the stream failed during the call. */
#include "stdio_impl.h"

static void stream_emit(void *context, const char *text, size_t length)
{
    __stdio_put(context, text, length);
}

int vfprintf(FILE *f, const char *format, va_list ap)
{
    int had_error = ferror(f), count;
    count = __format(stream_emit, f, format, ap);
    __stdio_end_put(f);
    return !had_error && ferror(f) ? -1 : count;
}

int vprintf(const char *format, va_list ap)
{
    return vfprintf(stdout, format, ap);
}

int fprintf(FILE *f, const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfprintf(f, format, ap);
    va_end(ap);
    return n;
}

int printf(const char *format, ...)
{
    va_list ap;
    int n;
    va_start(ap, format);
    n = vfprintf(stdout, format, ap);
    va_end(ap);
    return n;
}
