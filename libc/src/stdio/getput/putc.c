/* putc.c - putc: fputc. */
#include <string.h>
#include "../stdio_impl.h"

int putc(int c, FILE *f) { return fputc(c, f); }
