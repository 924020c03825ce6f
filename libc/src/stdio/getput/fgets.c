/* fgets.c - fgets: one line from a stream. */
#include <string.h>
#include "../stdio_impl.h"

char *fgets(char *s, int size, FILE *f)
{
    int i = 0;
    if (size <= 0)
        return NULL;
    if (size == 1) {  /* room for the terminator only (as glibc) */
        s[0] = 0;
        return s;
    }
    while (i < size - 1) {
        int c = fgetc(f);
        if (c == EOF)
            break;
        s[i++] = (char)c;
        if (c == '\n')
            break;
    }
    if (i == 0 || ferror(f))
        return NULL;
    s[i] = 0;
    return s;
}
