/* lib.c - the few string helpers the kernel needs (it links no libc; kmemcpy and
 * kmemset are in copy.s). */
#include "kernel.h"

int kstrlen(const char *s)
{
    int n = 0;
    while (s[n])
        n++;
    return n;
}

int kstrcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a - *b;
}

/* Copies at most size - 1 characters and always terminates. */
void kstrlcpy(char *dst, const char *src, int size)
{
    int i = 0;
    for (; i + 1 < size && src[i]; i++)
        dst[i] = src[i];
    if (size > 0)
        dst[i] = 0;
}

/* A decimal number (optionally negative); *ok = 0 if s is not one. */
int katoi(const char *s, int *ok)
{
    int sign = 1, value = 0, digits = 0;
    if (*s == '-') {
        sign = -1;
        s++;
    }
    for (; *s >= '0' && *s <= '9'; s++, digits++)
        value = value * 10 + (*s - '0');
    *ok = digits > 0 && *s == 0;
    return sign * value;
}
