/* atof.c - atof: strtof without the end pointer. */
#include <stdlib.h>

double atof(const char *s)
{
    return strtof(s, NULL);
}
