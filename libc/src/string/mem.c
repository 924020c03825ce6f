/* mem.c - memcpy, memmove, memset, memcmp, memchr. A char is a whole word on the QPU,
 * so there are no wider copies to make; the copying loops are unrolled four times,
 * which halves the loop overhead per word. */
#include <string.h>

/* Forward copy of n chars. */
static void copy_up(char *d, const char *s, size_t n)
{
    while (n >= 4) {
        d[0] = s[0];
        d[1] = s[1];
        d[2] = s[2];
        d[3] = s[3];
        d += 4;
        s += 4;
        n -= 4;
    }
    while (n-- > 0)
        *d++ = *s++;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    copy_up(dst, src, n);
    return dst;
}

/* GNU: memcpy that returns the end of the copy. */
void *mempcpy(void *dst, const void *src, size_t n)
{
    copy_up(dst, src, n);
    return (char *)dst + n;
}

void *memmove(void *dst, const void *src, size_t n)
{
    char *d = dst;
    const char *s = src;
    if (d < s) {
        copy_up(d, s, n);
    } else if (d > s) {
        d += n;
        s += n;
        while (n-- > 0)
            *--d = *--s;
    }
    return dst;
}

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

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    for (; n > 0; n--, p++, q++)
        if (*p != *q)
            return *p < *q ? -1 : 1;
    return 0;
}

void *memchr(const void *s, int c, size_t n)
{
    const unsigned char *p = s;
    for (; n > 0; n--, p++)
        if (*p == (unsigned char)c)
            return (void *)p;
    return NULL;
}
