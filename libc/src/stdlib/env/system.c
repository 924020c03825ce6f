/* system.c - system (bare target): there is no command processor. */
#include <stdlib.h>

int system(const char *command)
{
    return command == NULL ? 0 : -1;
}
