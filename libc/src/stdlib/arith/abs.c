/* abs.c - abs: absolute value of an int. */
#include <stdlib.h>

int abs(int x) { return x < 0 ? -x : x; }
