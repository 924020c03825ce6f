/* islower.c - islower: a lower-case ASCII letter. */
#include <ctype.h>

int islower(int c) { return c >= 'a' && c <= 'z'; }
