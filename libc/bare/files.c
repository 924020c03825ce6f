/* files.c (bare target) - host files through the debug-file device (spec/platform.md),
 * behind open/read/write/lseek/close and so behind fopen and the rest of stdio.
 *
 * The device writes a whole file per message (its first message names the file, each
 * later one replaces the file's contents, encoded as UTF-8) and reads a whole file
 * (a READ clears the name). So an open file is a copy in memory: opening reads the
 * host file (unless it is created or truncated), reads and writes work on the copy,
 * and a changed copy is written back when the file is closed, when the program exits
 * through exit() or a return from main, and before the same path is opened again.
 *
 * A file's characters are code points: writing a character above 0x10FFFF (or a
 * surrogate, which becomes U+FFFD) has no UTF-8 form and fails with EILSEQ. The device
 * reads a name without a '.' or ending in .bin/.qbin as little-endian words, not as
 * text, so such files can be read (a word per character) but not written (EROFS).
 * qvm resolves a relative name against the program's directory when reading and against
 * its working directory when writing: run programs that use relative names from their
 * own directory. Files cannot be removed or renamed (ENOSYS). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "platform.h"
#include "device.h"
#include "../src/libc_internal.h"

#define FILE_SLOTS 16

struct host_file {
    char *path;          /* NULL: the slot is free */
    char *data;          /* the contents: data[0..len) */
    size_t len, cap;
    size_t pos;          /* the file position */
    int flags;           /* the open() flags */
    int dirty;           /* changed since it was last written to the host */
};

static struct host_file files[FILE_SLOTS];
static char *named;      /* the name the device holds (its next WRITE replaces it) */

static volatile unsigned *device(void)
{
    static volatile unsigned *window;
    if (window == NULL)
        window = __bare_find_device(QPU_DEV_DEBUG_FILE);
    return window;
}

/* Sends text[0..n) as one message (refilling the buffer when it exceeds the capacity). */
static int send(const char *text, size_t n)
{
    volatile unsigned *dev = device();
    size_t done = 0, i;
    if (dev == NULL)
        return -ENODEV;
    for (i = 0; i < n; i++)
        if ((unsigned)text[i] > 0x10FFFF)
            return -EILSEQ;
    do {
        size_t rest = n - done, part = rest < dev[QPU_BUF_CAPACITY] ? rest : dev[QPU_BUF_CAPACITY];
        for (i = 0; i < part; i++)
            dev[QPU_BUF_DATA + i] = (unsigned)text[done + i];
        dev[QPU_BUF_SIZE] = rest;
        if (__bare_run_command(dev, QPU_BUF_WRITE) != QPU_BUF_READY)
            return -EIO;
        done += part;
    } while (done < n);
    return 0;
}

/* Makes the device forget its name: a READ clears it (what it reads is dropped by the
 * next WRITE). */
static void forget_name(void)
{
    if (named == NULL)
        return;
    __bare_run_command(device(), QPU_BUF_READ);
    free(named);
    named = NULL;
}

/* Makes the device hold `path` as its name. */
static int name_file(const char *path)
{
    int r;
    if (named != NULL && strcmp(named, path) == 0)
        return 0;
    forget_name();
    r = send(path, strlen(path));
    if (r < 0)
        return r;
    named = malloc(strlen(path) + 1);
    if (named == NULL) {
        __bare_run_command(device(), QPU_BUF_READ);  /* cannot track it: clear it */
        return -ENOMEM;
    }
    strcpy(named, path);
    return 0;
}

/* Writes f's copy to the host file. */
static int write_back(struct host_file *f)
{
    int r = name_file(f->path);
    if (r == 0)
        r = send(f->data != NULL ? f->data : "", f->len);
    if (r == 0)
        f->dirty = 0;
    return r;
}

/* Makes room for `need` characters in f's copy. */
static int reserve(struct host_file *f, size_t need)
{
    char *grown;
    size_t cap = f->cap ? f->cap : 64;
    if (need <= f->cap)
        return 0;
    while (cap < need)
        cap *= 2;
    grown = realloc(f->data, cap);
    if (grown == NULL)
        return -ENOMEM;
    f->data = grown;
    f->cap = cap;
    return 0;
}

/* Reads the host file at f->path into f's copy; -ENOENT if the device cannot read it. */
static int read_in(struct host_file *f)
{
    volatile unsigned *dev = device();
    int first = 1, r;
    unsigned size, capacity, i;
    forget_name();
    r = send(f->path, strlen(f->path));  /* names the file; the READs clear the name */
    if (r < 0)
        return r;
    for (;;) {
        if (__bare_run_command(dev, QPU_BUF_READ) != QPU_BUF_READY)
            return first ? -ENOENT : 0;  /* after the first part: the data ended */
        first = 0;
        size = dev[QPU_BUF_SIZE];
        capacity = dev[QPU_BUF_CAPACITY];
        if (size > capacity)
            size = capacity;
        if (reserve(f, f->len + size) < 0)
            return -ENOMEM;
        for (i = 0; i < size; i++)
            f->data[f->len + i] = (char)dev[QPU_BUF_DATA + i];
        f->len += size;
        if (size < capacity)
            return 0;
    }
}

/* The device reads these names as words, not text (spec/platform.md). */
static int reads_as_words(const char *path)
{
    const char *base = strrchr(path, '/');
    size_t len;
    base = base != NULL ? base + 1 : path;
    len = strlen(base);
    return strchr(base, '.') == NULL || (len >= 5 && strcmp(base + len - 5, ".qbin") == 0) ||
           (len >= 4 && strcmp(base + len - 4, ".bin") == 0);
}

static struct host_file *file_of(int fd)
{
    int i = fd - BARE_FILE_FD_FIRST;
    if (i < 0 || i >= FILE_SLOTS || files[i].path == NULL)
        return NULL;
    return &files[i];
}

static void release(struct host_file *f)
{
    free(f->path);
    free(f->data);
    memset(f, 0, sizeof *f);
}

/* Writes back every changed copy (of `path` only, if not NULL); the first error. */
static int write_back_all(const char *path)
{
    int i, result = 0;
    for (i = 0; i < FILE_SLOTS; i++) {
        struct host_file *f = &files[i];
        if (f->path != NULL && f->dirty && (path == NULL || strcmp(f->path, path) == 0)) {
            int r = write_back(f);
            if (r < 0 && result == 0)
                result = r;
        }
    }
    return result;
}

static void write_back_at_exit(void) { write_back_all(NULL); }

/* Fills f's copy as the open flags ask: the host file's contents, or empty (created or
 * truncated on the host at once, so that a bad name fails here). */
static int load(struct host_file *f, int flags)
{
    int writing = (flags & O_ACCMODE) != O_RDONLY, r = -ENOENT;
    if (!(writing && (flags & O_TRUNC) && (flags & O_CREAT) && !(flags & O_EXCL)))
        r = read_in(f);
    if (r == 0 && (flags & O_CREAT) && (flags & O_EXCL))
        return -EEXIST;
    if (r == -ENOENT && writing && (flags & O_CREAT))
        r = 0;
    else if (r < 0)
        return r;
    if (writing && (flags & O_TRUNC))
        f->len = 0;
    if (writing && f->len == 0 && write_back(f) < 0)
        return -EIO;  /* the device cannot write there (a missing directory, say) */
    return 0;
}

static long file_read(int fd, void *buf, size_t len)
{
    struct host_file *f = file_of(fd);
    size_t n;
    if (f == NULL || (f->flags & O_ACCMODE) == O_WRONLY)
        return -EBADF;
    if (f->pos >= f->len)
        return 0;
    n = f->len - f->pos < len ? f->len - f->pos : len;
    memcpy(buf, f->data + f->pos, n);
    f->pos += n;
    return (long)n;
}

static long file_write(int fd, const void *buf, size_t len)
{
    struct host_file *f = file_of(fd);
    const char *text = buf;
    size_t i;
    if (f == NULL || (f->flags & O_ACCMODE) == O_RDONLY)
        return -EBADF;
    for (i = 0; i < len; i++)
        if ((unsigned)text[i] > 0x10FFFF)
            return i > 0 ? (long)i : -EILSEQ;
    if (f->flags & O_APPEND)
        f->pos = f->len;
    if (reserve(f, f->pos + len) < 0)
        return -ENOSPC;
    if (f->pos > f->len)  /* written past the end: the gap reads as zeros */
        memset(f->data + f->len, 0, f->pos - f->len);
    memcpy(f->data + f->pos, text, len);
    f->pos += len;
    if (f->pos > f->len)
        f->len = f->pos;
    f->dirty = 1;
    return (long)len;
}

static long file_seek(int fd, long offset, int whence)
{
    struct host_file *f = file_of(fd);
    long base;
    if (f == NULL)
        return -EBADF;
    if (whence == SEEK_SET)
        base = 0;
    else if (whence == SEEK_CUR)
        base = (long)f->pos;
    else if (whence == SEEK_END)
        base = (long)f->len;
    else
        return -EINVAL;
    if (base + offset < 0)
        return -EINVAL;
    f->pos = (size_t)(base + offset);
    return (long)f->pos;
}

static int file_close(int fd)
{
    struct host_file *f = file_of(fd);
    int r = 0;
    if (f == NULL)
        return -EBADF;
    if (f->dirty)
        r = write_back(f);
    release(f);
    return r;
}

static int file_is_open(int fd) { return file_of(fd) != NULL; }

static const struct bare_file_ops ops = {file_read, file_write, file_seek, file_close,
                                         file_is_open};

int __io_open(const char *path, int flags)
{
    int i, r, writing = (flags & O_ACCMODE) != O_RDONLY;
    struct host_file *f = NULL;
    if (device() == NULL)
        return -ENODEV;
    if (path[0] == '\0')
        return -ENOENT;
    if (writing && reads_as_words(path))
        return -EROFS;
    for (i = 0; i < FILE_SLOTS && f == NULL; i++)
        if (files[i].path == NULL)
            f = &files[i];
    if (f == NULL)
        return -EMFILE;
    r = write_back_all(path);  /* read what earlier streams wrote to this path */
    if (r < 0)
        return r;
    f->path = malloc(strlen(path) + 1);
    if (f->path == NULL)
        return -ENOMEM;
    strcpy(f->path, path);
    f->flags = flags;
    r = load(f, flags);
    if (r < 0) {
        release(f);
        return r;
    }
    __io_exit_hook = write_back_at_exit;
    __bare_files = &ops;
    return BARE_FILE_FD_FIRST + (int)(f - files);
}
