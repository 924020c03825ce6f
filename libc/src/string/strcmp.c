/* strcmp.c - strcmp: comparison of strings. */
#include <string.h>

int strcmp(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    while (*p && *p == *q) {
        p++;
        q++;
    }
    return *p == *q ? 0 : (*p < *q ? -1 : 1);
}
