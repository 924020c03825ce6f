/* vsnprintf.c - vsnprintf: the format engine writing into a string (free-standing: no streams,
 * so the kernel links it too). */
#include <stdint.h>
#include <stdio.h>
#include "../../libc_internal.h"

struct string_sink {
    char *s;
    size_t capacity;  /* room for characters, the terminator excluded */
    size_t length;    /* characters stored so far */
};

static void string_emit(void *context, const char *text, size_t length)
{
    struct string_sink *sink = context;
    while (length-- > 0) {
        if (sink->length < sink->capacity)
            sink->s[sink->length++] = *text;
        text++;
    }
}

int vsnprintf(char *s, size_t size, const char *format, va_list ap)
{
    struct string_sink sink;
    int n;
    sink.s = s;
    sink.capacity = size > 0 ? size - 1 : 0;
    sink.length = 0;
    n = __format(string_emit, &sink, format, ap);
    if (size > 0)
        s[sink.length] = 0;
    return n;
}
