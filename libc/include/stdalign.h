/* stdalign.h - C11 alignment macros (the compiler's _Alignas and _Alignof). Every
 * object is word-aligned on the QPU: alignment in words, alignof(any type) is 1. */
#ifndef _STDALIGN_H
#define _STDALIGN_H

#define alignas _Alignas
#define alignof _Alignof
#define __alignas_is_defined 1
#define __alignof_is_defined 1

#endif
