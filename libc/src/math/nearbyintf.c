/* nearbyintf.c - nearbyintf: rintf (no floating-point exceptions to leave alone). */
#include <math.h>

float nearbyintf(float x) { return rintf(x); }
