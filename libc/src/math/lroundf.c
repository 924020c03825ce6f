/* lroundf.c - lroundf: the nearest integer, halfway cases away from zero,
 * as a long (out of range: unspecified, as C allows). */
#include <math.h>

long lroundf(float x) { return (long)roundf(x); }
