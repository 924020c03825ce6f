/* fopen.c - fopen, freopen and fclose: opening and closing streams on files (through
 * the back end's open/close; on the bare target, host files through the debug-file
 * device). They share the mode parsing and the list of open streams; the positioning
 * functions are in stream/. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* "r", "w", "a", with optional '+' and 'b', as open() flags; -1 if invalid. */
static int mode_flags(const char *mode, int *stream_flags)
{
    int flags;
    switch (mode[0]) {
    case 'r':
        flags = O_RDONLY;
        *stream_flags = F_READ;
        break;
    case 'w':
        flags = O_WRONLY | O_CREAT | O_TRUNC;
        *stream_flags = F_WRITE;
        break;
    case 'a':
        flags = O_WRONLY | O_CREAT | O_APPEND;
        *stream_flags = F_WRITE;
        break;
    default:
        return -1;
    }
    if (strchr(mode + 1, '+')) {
        flags = (flags & ~O_ACCMODE) | O_RDWR;
        *stream_flags = F_READ | F_WRITE;
    }
    return flags;
}

FILE *fopen(const char *path, const char *mode)
{
    int stream_flags, fd, flags = mode_flags(mode, &stream_flags);
    FILE *f;
    if (flags < 0) {
        errno = EINVAL;
        return NULL;
    }
    f = calloc(1, sizeof *f);
    if (f == NULL)
        return NULL;
    fd = __io_open(path, flags);
    if (fd < 0) {
        errno = -fd;
        free(f);
        return NULL;
    }
    f->fd = fd;
    f->flags = stream_flags | F_OWN_FILE | F_AUTO_MODE;
    f->mode = _IOFBF;
    f->unget = EOF;
    f->next = __stdio_open_files;
    __stdio_open_files = f;
    return f;
}

static int is_listed(FILE *f)
{
    struct __file *p;
    for (p = __stdio_open_files; p != NULL; p = p->next)
        if (p == f)
            return 1;
    return 0;
}

/* Reopens f on another file (stdin from a file, say); the FILE and its buffer stay. */
FILE *freopen(const char *path, const char *mode, FILE *f)
{
    int stream_flags, fd, flags = mode_flags(mode, &stream_flags);
    if (f->wlen > 0)
        __stdio_flush(f);
    if (f->flags & (F_READ | F_WRITE))
        __io_close(f->fd);
    f->flags &= F_OWN_FILE | F_OWN_BUF;
    f->rpos = f->rlen = f->wlen = 0;
    f->unget = EOF;
    if (path == NULL || flags < 0) {  /* (changing only the mode is not supported) */
        errno = EINVAL;
        return NULL;
    }
    fd = __io_open(path, flags);
    if (fd < 0) {
        errno = -fd;
        return NULL;
    }
    f->fd = fd;
    f->flags |= stream_flags | F_AUTO_MODE;
    f->mode = _IOFBF;
    if (!is_listed(f)) {
        f->next = __stdio_open_files;
        __stdio_open_files = f;
    }
    return f;
}

static void unlink_stream(FILE *f)
{
    struct __file **p;
    for (p = &__stdio_open_files; *p != NULL; p = &(*p)->next)
        if (*p == f) {
            *p = f->next;
            return;
        }
}

int fclose(FILE *f)
{
    int result = 0;
    if (f->wlen > 0 && __stdio_flush(f) == EOF)
        result = EOF;
    if (__io_close(f->fd) < 0)
        result = EOF;
    unlink_stream(f);
    if (f->flags & F_OWN_BUF)
        free(f->buf);
    if (f->flags & F_OWN_FILE)
        free(f);
    else
        f->flags = 0;
    return result;
}
