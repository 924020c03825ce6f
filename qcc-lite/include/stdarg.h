/* stdarg.h - variable arguments for qcc-lite (docs/abi.md: every argument matching
 * `...` is one word (two for long long) on the stack, in order; a struct is passed as
 * the address of a copy, which __builtin_va_arg follows). */
#ifndef _STDARG_H
#define _STDARG_H
typedef char *va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) ((void)(ap))
#define va_copy(dst, src) ((dst) = (src))
#endif
