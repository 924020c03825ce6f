/* puts.c - puts: a string and a newline to stdout. */
#include <string.h>
#include "../stdio_impl.h"

int puts(const char *s)
{
    if (__stdio_put(stdout, s, strlen(s)) == EOF || __stdio_put(stdout, "\n", 1) == EOF ||
        __stdio_end_put(stdout) == EOF)
        return EOF;
    return 0;
}
