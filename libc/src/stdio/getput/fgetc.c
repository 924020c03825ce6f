/* fgetc.c - fgetc: one character from a stream. */
#include <string.h>
#include "../stdio_impl.h"

int fgetc(FILE *f)
{
    int c;
    if (f->unget != EOF) {
        c = f->unget;
        f->unget = EOF;
        return c;
    }
    if (f->rpos == f->rlen && __stdio_fill(f) == 0)
        return EOF;
    c = (unsigned char)f->buf[f->rpos++];
    return c;
}
