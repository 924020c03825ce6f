/* strtok_r.c - strtok_r: splitting a string into tokens, the place kept in *save. */
#include <string.h>

char *strtok_r(char *s, const char *delim, char **save)
{
    char *token;
    if (s == NULL)
        s = *save;
    if (s == NULL)
        return NULL;
    s += strspn(s, delim);
    if (*s == 0) {
        *save = NULL;
        return NULL;
    }
    token = s;
    s += strcspn(s, delim);
    if (*s) {
        *s = 0;
        *save = s + 1;
    } else {
        *save = NULL;
    }
    return token;
}
