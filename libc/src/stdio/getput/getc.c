/* getc.c - getc: fgetc. */
#include <string.h>
#include "../stdio_impl.h"

int getc(FILE *f) { return fgetc(f); }
