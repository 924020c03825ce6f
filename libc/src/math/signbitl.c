/* signbitl.c - signbitl as a function (a macro in <math.h>; gcc also knows it as a
 * function, and some programs declare and call it so). */
#include <math.h>

int signbitl(long double x) { return __signbitf(x); }
