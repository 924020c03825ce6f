/* rindex.c - rindex (BSD): the last occurrence of a char in a string, as strrchr. */
#include <strings.h>

char *rindex(const char *s, int c)
{
    char ch = (char)c;
    const char *found = 0;
    for (;; s++) {
        if (*s == ch)
            found = s;
        if (*s == 0)
            return (char *)found;
    }
}
