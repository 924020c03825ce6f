/* strtoumax.c - strtoumax: strtoull (uintmax_t is unsigned long long). */
#include <inttypes.h>
#include <stdlib.h>

uintmax_t strtoumax(const char *s, char **end, int base) { return strtoull(s, end, base); }
