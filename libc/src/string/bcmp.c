/* bcmp.c - bcmp (BSD): 0 if the n chars are equal, nonzero if not. */
#include <strings.h>

int bcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    for (; n > 0; n--)
        if (*p++ != *q++)
            return 1;
    return 0;
}
