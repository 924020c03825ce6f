/* nexttowardf.c - nexttowardf: long double is binary32 on the QPU, so it is nextafterf. */
#include <math.h>

float nexttowardf(float x, long double y) { return nextafterf(x, y); }
