/* fread.c - fread: reading objects from a stream. */
#include <string.h>
#include "../stdio_impl.h"

size_t fread(void *buf, size_t size, size_t count, FILE *f)
{
    char *p = buf;
    size_t total, done = 0;
    if (size == 0 || count == 0)
        return 0;
    total = size * count;
    while (done < total) {
        int c = fgetc(f);
        if (c == EOF)
            break;
        p[done++] = (char)c;
    }
    return done / size;
}
