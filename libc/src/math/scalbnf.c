/* scalbnf.c - scalbnf: x * 2^n (FLT_RADIX is 2, so it is ldexpf). */
#include <math.h>

float scalbnf(float x, int n) { return ldexpf(x, n); }
