/* getenv.c - getenv (bare target): there is no environment. */
#include <stdlib.h>

char *getenv(const char *name)
{
    (void)name;
    return NULL;
}
