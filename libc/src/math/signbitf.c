/* signbitf.c - signbitf as a function (a macro in <math.h>; gcc also knows it as a
 * function, and some programs declare and call it so). */
#include <math.h>

int signbitf(float x) { return __signbitf(x); }
