/* ftell.c - ftell: a stream's position, its buffer accounted for. */
#include <errno.h>
#include <fcntl.h>
#include "../stdio_impl.h"

long ftell(FILE *f)
{
    long position = __io_seek(f->fd, 0, SEEK_CUR);
    if (position < 0) {
        errno = (int)-position;
        return -1;
    }
    return position - (long)(f->rlen - f->rpos) - (f->unget != EOF ? 1 : 0) + (long)f->wlen;
}
