/* feof.c - feof: whether a stream reached the end of its input. */
#include "../stdio_impl.h"

int feof(FILE *f) { return (f->flags & F_EOF) != 0; }
