/* strdup.c - strdup: a copy of a string in memory from malloc. */
#include <stdlib.h>
#include <string.h>

char *strdup(const char *s)
{
    return strndup(s, strlen(s));
}
