/* ungetc.c - ungetc: pushing one character back onto a stream. */
#include <string.h>
#include "../stdio_impl.h"

int ungetc(int c, FILE *f)
{
    if (c == EOF || f->unget != EOF)
        return EOF;
    f->unget = (unsigned char)c;
    f->flags &= ~F_EOF;
    return f->unget;
}
