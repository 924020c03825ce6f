/* strrchr.c - strrchr: the last occurrence of a char in a string. */
#include <string.h>

char *strrchr(const char *s, int c)
{
    char ch = (char)c;
    const char *found = NULL;
    for (;; s++) {
        if (*s == ch)
            found = s;
        if (*s == 0)
            return (char *)found;
    }
}
