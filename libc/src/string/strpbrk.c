/* strpbrk.c - strpbrk: the first char of a string in a set. */
#include <string.h>

char *strpbrk(const char *s, const char *accept)
{
    s += strcspn(s, accept);
    return *s ? (char *)s : NULL;
}
