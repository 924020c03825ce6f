/* putchar.c - putchar: one character to stdout. */
#include <string.h>
#include "../stdio_impl.h"

int putchar(int c) { return fputc(c, stdout); }
