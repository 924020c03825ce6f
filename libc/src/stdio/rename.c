/* rename.c - rename(old, new) without a rename system call: the file is copied to the
 * new name (replacing any file there), then the old name is removed. Not atomic, and
 * on a failure part-way the new file may stay; the old one is removed only after a
 * complete copy. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "../libc_internal.h"

#define CHUNK 256

static int copy_file(int from, int to)
{
    char buf[CHUNK];
    long n;
    while ((n = __io_read(from, buf, CHUNK)) > 0) {
        long done = 0;
        while (done < n) {
            long w = __io_write(to, buf + done, (size_t)(n - done));
            if (w <= 0)
                return w < 0 ? (int)w : -EIO;
            done += w;
        }
    }
    return (int)n;
}

int rename(const char *old_path, const char *new_path)
{
    int from, to, result;
    from = __io_open(old_path, O_RDONLY);
    if (from < 0) {
        errno = -from;
        return -1;
    }
    to = __io_open(new_path, O_WRONLY | O_CREAT | O_TRUNC);
    if (to < 0) {
        __io_close(from);
        errno = -to;
        return -1;
    }
    result = copy_file(from, to);
    __io_close(from);
    if (__io_close(to) < 0 && result == 0)
        result = -EIO;
    if (result == 0)
        result = __io_remove(old_path);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
