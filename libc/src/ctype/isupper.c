/* isupper.c - isupper: an upper-case ASCII letter. */
#include <ctype.h>

int isupper(int c) { return c >= 'A' && c <= 'Z'; }
