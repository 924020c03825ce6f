/* setvbuf.c - setvbuf: a stream's buffering mode and buffer, before its first use. */
#include <stdlib.h>
#include "../stdio_impl.h"

int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
        return -1;
    if (f->wlen > 0)
        __stdio_flush(f);
    f->rpos = f->rlen = 0;
    f->flags &= ~F_AUTO_MODE;
    f->mode = mode;
    if (buf != NULL && size > 0) {
        if (f->flags & F_OWN_BUF)
            free(f->buf);
        f->flags &= ~F_OWN_BUF;
        f->buf = buf;
        f->size = size;
    }
    return 0;
}
