/* imaxabs.c - imaxabs: absolute value of an intmax_t (long long). */
#include <inttypes.h>

intmax_t imaxabs(intmax_t j) { return j < 0 ? -j : j; }
