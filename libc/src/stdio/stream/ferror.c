/* ferror.c - ferror: whether a stream had an error. */
#include "../stdio_impl.h"

int ferror(FILE *f) { return (f->flags & F_ERROR) != 0; }
