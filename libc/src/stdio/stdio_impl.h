/* stdio_impl.h - the FILE structure and the buffer operations shared by the stdio
 * files. Not installed.
 *
 * One buffer per stream serves either direction: buf[rpos..rlen) is read-ahead data,
 * buf[0..wlen) is output not yet written; at most one of the two is non-empty. */
#ifndef STDIO_IMPL_H
#define STDIO_IMPL_H

#include <stdio.h>
#include "../libc_internal.h"

enum {
    F_READ = 0x01,       /* opened for reading */
    F_WRITE = 0x02,      /* opened for writing */
    F_EOF = 0x04,        /* end of file seen */
    F_ERROR = 0x08,      /* an operation failed */
    F_OWN_FILE = 0x10,   /* the FILE came from malloc (fopen) */
    F_OWN_BUF = 0x20,    /* the buffer came from malloc */
    F_NEWLINE = 0x40,    /* the pending output holds a newline */
    F_AUTO_MODE = 0x80   /* choose line or full buffering on first use (isatty) */
};

struct __file {
    int fd;
    int flags;
    int mode;            /* _IOFBF, _IOLBF or _IONBF */
    char *buf;
    size_t size;
    size_t rpos, rlen;
    size_t wlen;
    int unget;           /* a character pushed back by ungetc, or EOF */
    char one;            /* buffer of last resort when malloc fails */
    struct __file *next; /* every open stream, for exit's flush */
};

extern struct __file *__stdio_open_files;

/* Writes out pending output; 0 or EOF (error flag set). */
int __stdio_flush(FILE *f);
/* Appends output to the buffer, writing it out when full; 0 or EOF. */
int __stdio_put(FILE *f, const char *data, size_t length);
/* Ends one library call's output: unbuffered streams are written at once,
 * line-buffered ones when a newline was written. Returns 0 or EOF. */
int __stdio_end_put(FILE *f);
/* Refills the read buffer; returns the number of characters now available (0 at
 * end of file or on error, with the flag set). */
size_t __stdio_fill(FILE *f);
/* Makes sure the stream has a buffer and a buffering mode. */
void __stdio_setup(FILE *f);
/* Gives up read-ahead data (seeking back over it) before output or a seek. */
int __stdio_drop_input(FILE *f);

#endif
