/* bzero.c - bzero (BSD): n chars set to 0. */
#include <strings.h>

void bzero(void *s, size_t n)
{
    char *p = s;
    while (n-- > 0)
        *p++ = 0;
}
