/* llrintf.c - llrintf: the nearest integer, halfway cases to even,
 * as a long long (out of range: unspecified, as C allows). */
#include <math.h>

long long llrintf(float x) { return (long long)rintf(x); }
