/* env.c - getenv and system: there is no environment and no command processor. */
#include <stdlib.h>

char *getenv(const char *name)
{
    (void)name;
    return NULL;
}

int system(const char *command)
{
    return command == NULL ? 0 : -1;
}
