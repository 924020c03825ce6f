/* alloca.h - alloca(n): n words on the caller's stack frame, freed when the function
 * returns (the compiler's __builtin_alloca). Not for large or unbounded sizes: the
 * stack is not checked. */
#ifndef _ALLOCA_H
#define _ALLOCA_H

#include <stddef.h>

#define alloca(size) __builtin_alloca(size)

#endif
