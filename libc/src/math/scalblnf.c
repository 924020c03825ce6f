/* scalblnf.c - scalblnf: x * 2^n for a long n (long is int-sized here: ldexpf). */
#include <math.h>

float scalblnf(float x, long n) { return ldexpf(x, (int)n); }
