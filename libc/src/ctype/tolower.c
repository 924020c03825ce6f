/* tolower.c - tolower: ASCII upper to lower case. */
#include <ctype.h>

int tolower(int c) { return isupper(c) ? c - 'A' + 'a' : c; }
