/* fortify.h - the checking forms of string and printf functions that gcc's
 * __builtin___*_chk builtins call (glibc's names and arguments: the object size `size`
 * comes last, or before the format for the printf forms, with a `flag` that asks for
 * extra checks this libc does not make). Each stops the program through __chk_fail
 * when the operation would write past the object. Not installed: qcc-lite declares
 * them itself (qcc-lite/sema_chk_builtin.c). */
#ifndef LIBC_FORTIFY_H
#define LIBC_FORTIFY_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

void __chk_fail(void) __attribute__((noreturn));
void *__memcpy_chk(void *dst, const void *src, size_t n, size_t size);
void *__mempcpy_chk(void *dst, const void *src, size_t n, size_t size);
void *__memmove_chk(void *dst, const void *src, size_t n, size_t size);
void *__memset_chk(void *dst, int c, size_t n, size_t size);
char *__strcpy_chk(char *dst, const char *src, size_t size);
char *__stpcpy_chk(char *dst, const char *src, size_t size);
char *__strcat_chk(char *dst, const char *src, size_t size);
char *__strncpy_chk(char *dst, const char *src, size_t n, size_t size);
char *__stpncpy_chk(char *dst, const char *src, size_t n, size_t size);
char *__strncat_chk(char *dst, const char *src, size_t n, size_t size);
int __sprintf_chk(char *dst, int flag, size_t size, const char *format, ...);
int __snprintf_chk(char *dst, size_t n, int flag, size_t size, const char *format, ...);
int __vsprintf_chk(char *dst, int flag, size_t size, const char *format, va_list ap);
int __vsnprintf_chk(char *dst, size_t n, int flag, size_t size, const char *format,
                    va_list ap);
int __printf_chk(int flag, const char *format, ...);
int __fprintf_chk(FILE *stream, int flag, const char *format, ...);
int __vprintf_chk(int flag, const char *format, va_list ap);
int __vfprintf_chk(FILE *stream, int flag, const char *format, va_list ap);

#endif
