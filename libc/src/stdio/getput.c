/* getput.c - character, line and block input and output on streams. */
#include <string.h>
#include "stdio_impl.h"

int fgetc(FILE *f)
{
    int c;
    if (f->unget != EOF) {
        c = f->unget;
        f->unget = EOF;
        return c;
    }
    if (f->rpos == f->rlen && __stdio_fill(f) == 0)
        return EOF;
    c = (unsigned char)f->buf[f->rpos++];
    return c;
}

int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *f)
{
    if (c == EOF || f->unget != EOF)
        return EOF;
    f->unget = (unsigned char)c;
    f->flags &= ~F_EOF;
    return f->unget;
}

char *fgets(char *s, int size, FILE *f)
{
    int i = 0;
    if (size <= 0)
        return NULL;
    if (size == 1) {  /* room for the terminator only (as glibc) */
        s[0] = 0;
        return s;
    }
    while (i < size - 1) {
        int c = fgetc(f);
        if (c == EOF)
            break;
        s[i++] = (char)c;
        if (c == '\n')
            break;
    }
    if (i == 0 || ferror(f))
        return NULL;
    s[i] = 0;
    return s;
}

size_t fread(void *buf, size_t size, size_t count, FILE *f)
{
    char *p = buf;
    size_t total, done = 0;
    if (size == 0 || count == 0)
        return 0;
    total = size * count;
    while (done < total) {
        int c = fgetc(f);
        if (c == EOF)
            break;
        p[done++] = (char)c;
    }
    return done / size;
}

int fputc(int c, FILE *f)
{
    char ch = (char)c;
    if (__stdio_put(f, &ch, 1) == EOF || __stdio_end_put(f) == EOF)
        return EOF;
    return (unsigned char)ch;
}

int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *s, FILE *f)
{
    if (__stdio_put(f, s, strlen(s)) == EOF || __stdio_end_put(f) == EOF)
        return EOF;
    return 0;
}

int puts(const char *s)
{
    if (__stdio_put(stdout, s, strlen(s)) == EOF || __stdio_put(stdout, "\n", 1) == EOF ||
        __stdio_end_put(stdout) == EOF)
        return EOF;
    return 0;
}

size_t fwrite(const void *buf, size_t size, size_t count, FILE *f)
{
    if (size == 0 || count == 0)
        return 0;
    if (__stdio_put(f, buf, size * count) == EOF || __stdio_end_put(f) == EOF)
        return 0;
    return count;
}
