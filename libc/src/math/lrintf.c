/* lrintf.c - lrintf: the nearest integer, halfway cases to even,
 * as a long (out of range: unspecified, as C allows). */
#include <math.h>

long lrintf(float x) { return (long)rintf(x); }
