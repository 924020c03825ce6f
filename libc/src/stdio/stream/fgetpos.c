/* fgetpos.c - fgetpos: a stream's position as an fpos_t. */
#include <errno.h>
#include "../stdio_impl.h"

int fgetpos(FILE *f, fpos_t *pos)
{
    long p = ftell(f);
    if (p < 0)
        return -1;
    *pos = p;
    return 0;
}
