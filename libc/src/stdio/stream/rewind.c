/* rewind.c - rewind: fseek to the start, and the error flag cleared. */
#include <errno.h>
#include <fcntl.h>
#include "../stdio_impl.h"

void rewind(FILE *f)
{
    fseek(f, 0, SEEK_SET);
    clearerr(f);
}
