/* fflush.c - fflush: writes out a stream's pending output (every stream for NULL). */
#include <stdlib.h>
#include "../stdio_impl.h"

int fflush(FILE *f)
{
    if (f == NULL) {
        int result = 0;
        for (f = __stdio_open_files; f != NULL; f = f->next)
            if (f->wlen > 0 && __stdio_flush(f) == EOF)
                result = EOF;
        return result;
    }
    if (f->wlen > 0)
        return __stdio_flush(f);
    if (f->rlen > 0 || f->unget != EOF)
        __stdio_drop_input(f);
    return 0;
}
