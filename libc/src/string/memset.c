/* memset.c - memset: n chars set to one value (loop unrolled four times). */
#include <string.h>

void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst, v = (unsigned char)c;
    while (n >= 4) {
        d[0] = v;
        d[1] = v;
        d[2] = v;
        d[3] = v;
        d += 4;
        n -= 4;
    }
    while (n-- > 0)
        *d++ = v;
    return dst;
}
