/* index.c - index (BSD): the first occurrence of a char in a string, as strchr (not a
 * call to strchr: a program may define its own). */
#include <strings.h>

char *index(const char *s, int c)
{
    char ch = (char)c;
    for (;; s++) {
        if (*s == ch)
            return (char *)s;
        if (*s == 0)
            return 0;
    }
}
