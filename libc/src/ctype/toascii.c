/* toascii.c - toascii (POSIX): the low seven bits of c. */
#include <ctype.h>

int toascii(int c) { return c & 0x7F; }
