/* strtok.c - splitting a string into tokens: strtok_r keeps its place in *save,
 * strtok in a static variable. */
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

char *strtok(char *s, const char *delim)
{
    static char *place;
    return strtok_r(s, delim, &place);
}
