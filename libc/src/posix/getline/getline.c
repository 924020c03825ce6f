/* getline.c - getline (POSIX): getdelim up to a newline. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

ssize_t getline(char **line, size_t *size, FILE *f)
{
    return getdelim(line, size, '\n', f);
}
