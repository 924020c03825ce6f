/* vfprintf.c - vfprintf: the format engine writing into a stream's buffer; -1 if the stream
 * failed during the call. */
#include "../stdio_impl.h"

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
