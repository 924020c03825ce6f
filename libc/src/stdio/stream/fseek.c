/* fseek.c - fseek: moves a stream's position (pending output written, input dropped). */
#include <errno.h>
#include <fcntl.h>
#include "../stdio_impl.h"

int fseek(FILE *f, long offset, int whence)
{
    long position;
    if (f->wlen > 0 && __stdio_flush(f) == EOF)
        return -1;
    if (whence == SEEK_CUR)
        offset -= (long)(f->rlen - f->rpos) + (f->unget != EOF ? 1 : 0);
    f->rpos = f->rlen = 0;
    f->unget = EOF;
    position = __io_seek(f->fd, offset, whence);
    if (position < 0) {
        errno = (int)-position;
        return -1;
    }
    f->flags &= ~F_EOF;
    return 0;
}
