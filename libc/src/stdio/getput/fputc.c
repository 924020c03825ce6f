/* fputc.c - fputc: one character to a stream. */
#include <string.h>
#include "../stdio_impl.h"

int fputc(int c, FILE *f)
{
    char ch = (char)c;
    if (__stdio_put(f, &ch, 1) == EOF || __stdio_end_put(f) == EOF)
        return EOF;
    return (unsigned char)ch;
}
