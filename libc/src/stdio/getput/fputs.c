/* fputs.c - fputs: a string to a stream. */
#include <string.h>
#include "../stdio_impl.h"

int fputs(const char *s, FILE *f)
{
    if (__stdio_put(f, s, strlen(s)) == EOF || __stdio_end_put(f) == EOF)
        return EOF;
    return 0;
}
