/* signbit.c - signbit as a function (a macro in <math.h>; gcc also knows it as a
 * function, and some programs declare and call it so). */
#include <math.h>

#undef signbit
int signbit(double x) { return __signbitf(x); }
