/* strtod.c - strtod: strtof (double is binary32 on the QPU). */
#include <stdlib.h>

double strtod(const char *s, char **end)
{
    return strtof(s, end);
}
