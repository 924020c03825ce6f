/* clearerr.c - clearerr: clears a stream's end-of-file and error flags. */
#include "../stdio_impl.h"

void clearerr(FILE *f) { f->flags &= ~(F_EOF | F_ERROR); }
