/* file.c - the standard streams and the buffering underneath every stdio call
 * (__stdio_setup, __stdio_put, __stdio_fill, __stdio_flush, ...). The public functions
 * on them (fflush, setvbuf, feof, ...) are one per file in stream/. */
#include <stdlib.h>
#include "stdio_impl.h"

static char stdin_buf[BUFSIZ], stdout_buf[BUFSIZ], stderr_buf[BUFSIZ];

static struct __file stderr_file = {
    2, F_WRITE, _IONBF, stderr_buf, BUFSIZ, 0, 0, 0, EOF, 0, NULL};
static struct __file stdout_file = {
    1, F_WRITE | F_AUTO_MODE, _IOFBF, stdout_buf, BUFSIZ, 0, 0, 0, EOF, 0, &stderr_file};
static struct __file stdin_file = {
    0, F_READ | F_AUTO_MODE, _IOFBF, stdin_buf, BUFSIZ, 0, 0, 0, EOF, 0, &stdout_file};

FILE *stdin = &stdin_file;
FILE *stdout = &stdout_file;
FILE *stderr = &stderr_file;
struct __file *__stdio_open_files = &stdin_file;

/* Every stream operation that can leave output pending comes through here first, so
 * this is where exit's flush hook is armed. */
void __stdio_setup(FILE *f)
{
    __stdio_exit_flush = __stdio_flush_all;
    if (f->flags & F_AUTO_MODE) {
        f->flags &= ~F_AUTO_MODE;
        if (__io_isatty(f->fd) > 0)
            f->mode = _IOLBF;
    }
    if (f->buf == NULL) {
        f->buf = malloc(BUFSIZ);
        if (f->buf != NULL) {
            f->size = BUFSIZ;
            f->flags |= F_OWN_BUF;
        } else {
            f->buf = &f->one;
            f->size = 1;
        }
    }
}

int __stdio_flush(FILE *f)
{
    size_t done = 0;
    while (done < f->wlen) {
        long n = __io_write(f->fd, f->buf + done, f->wlen - done);
        if (n <= 0) {
            f->flags |= F_ERROR;
            f->wlen = 0;
            return EOF;
        }
        done += (size_t)n;
    }
    f->wlen = 0;
    f->flags &= ~F_NEWLINE;
    return 0;
}

int __stdio_drop_input(FILE *f)
{
    long back = (long)(f->rlen - f->rpos) + (f->unget != EOF ? 1 : 0);
    f->rpos = f->rlen = 0;
    f->unget = EOF;
    if (back > 0 && __io_seek(f->fd, -back, SEEK_CUR) < 0)
        return EOF;
    return 0;
}

int __stdio_put(FILE *f, const char *data, size_t length)
{
    if (!(f->flags & F_WRITE)) {
        f->flags |= F_ERROR;
        return EOF;
    }
    __stdio_setup(f);
    if (f->rlen > 0 || f->unget != EOF)
        __stdio_drop_input(f);
    while (length > 0) {
        size_t room = f->size - f->wlen, n = length < room ? length : room, i;
        for (i = 0; i < n; i++) {
            char c = data[i];
            f->buf[f->wlen++] = c;
            if (c == '\n')
                f->flags |= F_NEWLINE;
        }
        data += n;
        length -= n;
        if (f->wlen == f->size && __stdio_flush(f) == EOF)
            return EOF;
    }
    return 0;
}

int __stdio_end_put(FILE *f)
{
    if (f->mode == _IONBF || (f->mode == _IOLBF && (f->flags & F_NEWLINE)))
        return __stdio_flush(f);
    return 0;
}

/* Before blocking on input, line-buffered and unbuffered output is written, so a
 * prompt appears before the program waits for the answer. */
static void flush_interactive(void)
{
    struct __file *f;
    for (f = __stdio_open_files; f != NULL; f = f->next)
        if (f->wlen > 0 && f->mode != _IOFBF)
            __stdio_flush(f);
}

size_t __stdio_fill(FILE *f)
{
    long n;
    if (!(f->flags & F_READ)) {
        f->flags |= F_ERROR;
        return 0;
    }
    __stdio_setup(f);
    if (f->wlen > 0 && __stdio_flush(f) == EOF)
        return 0;
    if (f->mode != _IOFBF)
        flush_interactive();
    n = __io_read(f->fd, f->buf, f->mode == _IONBF ? 1 : f->size);
    f->rpos = 0;
    f->rlen = n > 0 ? (size_t)n : 0;
    if (n == 0)
        f->flags |= F_EOF;
    else if (n < 0)
        f->flags |= F_ERROR;
    return f->rlen;
}

void __stdio_flush_all(void)
{
    fflush(NULL);
}
