/* fileio.c - bounded reading of input files and the output-is-an-input check
 * (see fileio.h). */
#include "fileio.h"

#include "diag.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Reads fd to its end, failing once more than `limit` bytes arrive. */
static char *read_bounded(int fd, size_t limit, size_t *len, char *why, size_t why_size)
{
    struct buf b = {0};
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            snprintf(why, why_size, "%s", strerror(errno));
            buf_free(&b);
            return NULL;
        }
        if (n == 0)
            break;
        if ((size_t)n > limit - b.len) {
            snprintf(why, why_size, "more than %zu bytes (the most this tool can use)", limit);
            buf_free(&b);
            return NULL;
        }
        buf_append(&b, chunk, (size_t)n);
    }
    buf_append(&b, "", 1);
    *len = b.len - 1;
    return (char *)b.data;
}

static const char *kind_of(mode_t mode)
{
    if (S_ISDIR(mode))
        return "is a directory";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "is a device, not a regular file";
    if (S_ISFIFO(mode))
        return "is a pipe, not a regular file";
    return "is not a regular file";
}

/* Opens path for reading without blocking on a FIFO that has no writer yet. */
static int open_input(const char *path)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
        int fl = fcntl(fd, F_GETFL);
        if (fl >= 0)
            fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    }
    return fd;
}

char *read_input_quiet(const char *path, size_t limit, unsigned flags, size_t *len,
                       char *why, size_t why_size)
{
    bool is_stdin = strcmp(path, "-") == 0 && (flags & INPUT_STREAMS);
    int fd = is_stdin ? STDIN_FILENO : open_input(path);
    if (fd < 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        return NULL;
    }
    struct stat st;
    char *text = NULL;
    if (fstat(fd, &st) != 0) {
        snprintf(why, why_size, "%s", strerror(errno));
    } else if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > (uint64_t)limit) {
        snprintf(why, why_size, "file too large (%lld bytes; the limit is %zu)",
                 (long long)st.st_size, limit);
    } else if (!S_ISREG(st.st_mode) && !((flags & INPUT_STREAMS) &&
                                         (is_stdin || S_ISFIFO(st.st_mode)))) {
        snprintf(why, why_size, "%s", kind_of(st.st_mode));
    } else {
        text = read_bounded(fd, limit, len, why, why_size);
    }
    if (!is_stdin)
        close(fd);
    return text;
}

char *read_input(const char *path, size_t limit, unsigned flags, size_t *len)
{
    char why[160];
    char *text = read_input_quiet(path, limit, flags, len, why, sizeof why);
    if (!text)
        diag_error("cannot read '%s': %s", strcmp(path, "-") ? path : "<stdin>", why);
    return text;
}

/* stat of a named file, or of standard input/output for "-". */
static bool identify(const char *path, int std_fd, struct stat *st)
{
    return strcmp(path, "-") == 0 ? fstat(std_fd, st) == 0 : stat(path, st) == 0;
}

static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* An output that is a device (/dev/null) is written in place and can clash with nothing;
 * one that does not exist yet can only clash by name with another output. */
static bool output_clashes(const char *out, const char *const *inputs, size_t ninputs)
{
    struct stat so, si;
    if (!identify(out, STDOUT_FILENO, &so) || !S_ISREG(so.st_mode))
        return false;
    for (size_t i = 0; i < ninputs; i++) {
        if (inputs[i] && identify(inputs[i], STDIN_FILENO, &si) && same_file(&so, &si)) {
            diag_error("output '%s' is also an input", out);
            return true;
        }
    }
    return false;
}

static bool same_output(const char *a, const char *b)
{
    struct stat sa, sb;
    if (strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
        return false; /* several outputs may go to the terminal */
    if (strcmp(a, b) == 0)
        return true;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && S_ISREG(sa.st_mode) && same_file(&sa, &sb);
}

bool outputs_clash(const char *const *outputs, size_t noutputs, const char *const *inputs,
                   size_t ninputs)
{
    for (size_t i = 0; i < noutputs; i++) {
        if (!outputs[i])
            continue;
        if (output_clashes(outputs[i], inputs, ninputs))
            return true;
        for (size_t j = 0; j < i; j++) {
            if (outputs[j] && same_output(outputs[i], outputs[j])) {
                struct stat st;
                if (stat(outputs[i], &st) == 0 && !S_ISREG(st.st_mode))
                    continue; /* /dev/null twice is fine */
                diag_error("output '%s' is given twice", outputs[i]);
                return true;
            }
        }
    }
    return false;
}

bool output_is_input(const char *output, const char *const *inputs, size_t ninputs)
{
    return outputs_clash(&output, 1, inputs, ninputs);
}
