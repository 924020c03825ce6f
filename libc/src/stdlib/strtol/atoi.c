/* atoi.c - atoi: strtol to an int (no error indication). */
#include <stdlib.h>

int atoi(const char *s)
{
    return (int)strtol(s, NULL, 10);
}
