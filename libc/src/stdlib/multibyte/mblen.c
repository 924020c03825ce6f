/* mblen.c - mblen: length of the multibyte character at s (always one char here). */
#include <stdlib.h>
#include <wchar.h>

int mblen(const char *s, size_t n)
{
    return mbtowc(NULL, s, n);
}
