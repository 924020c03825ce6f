/* isgraph.c - isgraph: a printing character other than space. */
#include <ctype.h>

int isgraph(int c) { return c > ' ' && c < 127; }
