/* llroundf.c - llroundf: the nearest integer, halfway cases away from zero,
 * as a long long (out of range: unspecified, as C allows). */
#include <math.h>

long long llroundf(float x) { return (long long)roundf(x); }
