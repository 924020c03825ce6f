/* strcoll.c - strcoll: the "C" locale collates by code point. */
#include <string.h>

/* The "C" locale collates by code point. */
int strcoll(const char *a, const char *b)
{
    return strcmp(a, b);
}
