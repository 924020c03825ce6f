/* perror.c - perror ("prefix: message" on stderr) and remove. */
#include <errno.h>
#include <string.h>
#include "stdio_impl.h"

void perror(const char *prefix)
{
    if (prefix != NULL && *prefix)
        fprintf(stderr, "%s: %s\n", prefix, strerror(errno));
    else
        fprintf(stderr, "%s\n", strerror(errno));
}
