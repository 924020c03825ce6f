/* getchar.c - getchar: one character from stdin. */
#include <string.h>
#include "../stdio_impl.h"

int getchar(void) { return fgetc(stdin); }
