/* own_functions.c - a program with its own strnlen, strcpy, memcpy and puts still links
 * the rest of libc (strlen, strcat, memmove, memset, printf, ...) without a duplicate
 * definition: libc has one public function per archive member. Its functions do the
 * real job, so the output is the same whichever definitions the calls reach. */
#include <stdio.h>
#include <string.h>

size_t strnlen(const char *s, size_t max)
{
    size_t n = 0;
    while (n < max && s[n])
        n++;
    return n;
}

char *strcpy(char *dst, const char *src)
{
    size_t i = 0;
    do
        dst[i] = src[i];
    while (src[i++]);
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    char *d = dst;
    const char *s = src;
    while (n-- > 0)
        *d++ = *s++;
    return dst;
}

int puts(const char *s)
{
    return printf("%s\n", s) < 0 ? EOF : 1;
}

int main(void)
{
    char buf[32], copy[32];
    strcpy(buf, "hello");
    strcat(buf, ", world");
    memcpy(copy, buf, strlen(buf) + 1);
    memmove(copy + 1, copy, 5);
    memset(copy + 10, '-', 2);
    printf("%s | %s | %d %d\n", buf, copy, (int)strlen(buf), (int)strnlen(buf, 3));
    puts(strchr(buf, 'w'));
    return 0;
}
