/* stpcpy.c - stpcpy (POSIX): copy of a string, returning the end of the copy (its
 * terminating NUL). */
#include <string.h>

char *stpcpy(char *dst, const char *src)
{
    while ((*dst = *src++) != 0)
        dst++;
    return dst;
}
