/* strtoimax.c - strtoimax: strtoll (intmax_t is long long). */
#include <inttypes.h>
#include <stdlib.h>

intmax_t strtoimax(const char *s, char **end, int base) { return strtoll(s, end, base); }
