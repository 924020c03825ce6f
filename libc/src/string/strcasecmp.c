/* strcasecmp.c - strcasecmp: comparison ignoring ASCII case. */
#include <ctype.h>
#include <strings.h>

int strcasecmp(const char *a, const char *b)
{
    return strncasecmp(a, b, (size_t)-1);
}
