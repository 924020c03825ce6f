/* strtok.c - strtok: splitting a string into tokens, the place kept
 * in a static variable. */
#include <string.h>

char *strtok(char *s, const char *delim)
{
    static char *place;
    return strtok_r(s, delim, &place);
}
