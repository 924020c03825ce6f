/* strcat.c - strcat: appending a string. */
#include <string.h>

char *strcat(char *dst, const char *src)
{
    strcpy(dst + strlen(dst), src);
    return dst;
}
