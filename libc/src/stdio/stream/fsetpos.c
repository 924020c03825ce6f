/* fsetpos.c - fsetpos: back to a position from fgetpos. */
#include <errno.h>
#include <fcntl.h>
#include "../stdio_impl.h"

int fsetpos(FILE *f, const fpos_t *pos)
{
    return fseek(f, *pos, SEEK_SET);
}
