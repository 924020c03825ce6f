/* fwrite.c - fwrite: writing objects to a stream. */
#include <string.h>
#include "../stdio_impl.h"

size_t fwrite(const void *buf, size_t size, size_t count, FILE *f)
{
    if (size == 0 || count == 0)
        return 0;
    if (__stdio_put(f, buf, size * count) == EOF || __stdio_end_put(f) == EOF)
        return 0;
    return count;
}
