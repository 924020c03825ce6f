/* libc_internal.h - what the portable parts of libc need from each other and from the
 * target's back end (libc/bare/ or libc/user/). Not installed.
 *
 * Back-end calls return a negative errno value on failure, never set errno. */
#ifndef LIBC_INTERNAL_H
#define LIBC_INTERNAL_H

#include <stddef.h>
#include <stdarg.h>

/* ---- back end (one implementation per target) ---- */
long __io_read(int fd, void *buf, size_t len);         /* count; 0 at end of input */
long __io_write(int fd, const void *buf, size_t len);  /* count written */
int __io_open(const char *path, int flags);            /* fd */
int __io_close(int fd);
int __io_remove(const char *path);                     /* a file or an empty directory */
int __io_unlink(const char *path);                     /* a file */
int __io_rename(const char *old_path, const char *new_path);
long __io_seek(int fd, long offset, int whence);       /* new position */
int __io_isatty(int fd);                               /* 1 terminal, 0 not */
void *__io_sbrk(size_t words);    /* start of `words` new words of heap, or NULL */
long __io_clock(void);            /* milliseconds since start */
void _exit(int status);

/* src/misc/errno.c: a back-end result as a POSIX call returns it: a negative one
 * becomes -1 with errno = -result. */
long __errno_result(long result);

/* src/stdlib/strtol_parse.c: sign, base prefix and magnitude of an integer (strtol...). */
unsigned long __qpu_strtoul_parse(const char *s, char **end, int base, int *negative,
                                  int *overflow);
unsigned long long __qpu_strtoull_parse(const char *s, char **end, int base,
                                        int *negative, int *overflow);

/* src/stdlib/strtod/strtof_hex.c: a hexadecimal float at p ("0x" there); its end, or
 * NULL when no hex digit follows. */
const char *__qpu_strtof_hex(const char *p, float *out);

/* src/string/copy_up.c: forward copy of n chars (memcpy, mempcpy, memmove). */
void __qpu_copy_up(char *d, const char *s, size_t n);

/* ---- formatting (src/format.c): the printf engine behind every printf variant ----
 * Calls emit(context, text, length) for each piece of output; returns the number of
 * characters produced. */
typedef void (*__format_emit)(void *context, const char *text, size_t length);
int __format(__format_emit emit, void *context, const char *format, va_list ap);

/* src/format_float.c: %f %e %g of one value (spec is the conversion letter). */
struct __format_spec {
    int left, plus, space, alt, zero;  /* flags - + space # 0 */
    int width;                         /* -1: none */
    int precision;                     /* -1: none */
    int conversion;                    /* the letter */
};
int __format_float(__format_emit emit, void *context, const struct __format_spec *spec,
                   float value);
/* The exact decimal digits of mantissa * 2^exp2 (mantissa < 2^25, -150 <= exp2 <= 104):
 * value = 0.d[0]d[1]...d[n-1] * 10^point, no trailing zeros; n = 0 for zero. */
struct __decimal {
    char d[130];
    int n;
    int point;
};
void __float_decimal(unsigned mantissa, int exp2, struct __decimal *dec);
/* Pads `count` copies of `c`; used by both formatting files. */
void __format_pad(__format_emit emit, void *context, char c, int count);
/* Writes sign, then body[0..split), `zeros` zeros, body[split..len), padded to the width
 * (with zeros after the sign when zero_pad); returns the count. */
int __format_padded(__format_emit emit, void *context, const struct __format_spec *spec,
                    const char *sign, const char *body, int len, int split, int zeros,
                    int zero_pad);
/* src/format_hex_float.c: %a and %A of one value. */
int __format_hex_float(__format_emit emit, void *context, const struct __format_spec *spec,
                       float value);

/* ---- scanning (src/stdio/scan.c): the scanf engine behind every scanf variant ----
 * get returns the next character or -1 at the end; unget pushes one back. */
struct __scan_source {
    int (*get)(void *context);
    void (*unget)(int c, void *context);
    void *context;
};
int __scan(const struct __scan_source *source, const char *format, va_list ap);

/* ---- stdio (src/stdio/) ---- */
void __stdio_flush_all(void);       /* flushes every stream */
/* Set by stdio when a stream is first given a buffer (src/stdio/file.c), called by exit
 * and abort when not NULL. A program that never uses a stream does not link stdio. */
extern void (*__stdio_exit_flush)(void);
void __stdio_flush_if_used(void);   /* calls the hook if set (src/stdlib/exit.c) */
/* Set by a back end that holds data for the host (the bare target's files), called by
 * exit after the streams are flushed when not NULL. */
extern void (*__io_exit_hook)(void);

#endif
