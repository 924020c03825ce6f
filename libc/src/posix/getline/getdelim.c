/* getdelim.c - getdelim (POSIX): reading up to a delimiter into a growing buffer. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

ssize_t getdelim(char **line, size_t *size, int delim, FILE *f)
{
    size_t len = 0;
    int c;
    if (line == NULL || size == NULL || f == NULL) {
        errno = EINVAL;
        return -1;
    }
    while ((c = fgetc(f)) != EOF) {
        if (*line == NULL || len + 2 > *size) {
            size_t grown = *size < 64 ? 128 : *size * 2;
            char *bigger = realloc(*line, grown);
            if (bigger == NULL) {
                errno = ENOMEM;
                return -1;
            }
            *line = bigger;
            *size = grown;
        }
        (*line)[len++] = (char)c;
        if (c == delim)
            break;
    }
    if (len == 0)
        return -1;
    (*line)[len] = '\0';
    return (ssize_t)len;
}
