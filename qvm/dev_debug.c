/* dev_debug.c - debug-output (stdout), debug-input (lines from a host fd, with the
 * project's end-of-input rule and input interrupt) and debug-file (host files), all on
 * the buffered protocol of bufdev.c. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bufdev.h"
#include "devices.h"
#include "platform.h"
#include "fileio.h"
#include "util.h"

/* --- debug-output ------------------------------------------------------------------ */

static bool output_write(struct vm *vm, struct bufdev *b, const uint32_t *w, size_t n)
{
    (void)vm, (void)b;
    char *text;
    size_t len;
    if (!utf8_encode_words(w, n, &text, &len))
        return false;
    fwrite(text, 1, len, stdout);
    fflush(stdout);
    free(text);
    return true;
}

struct vm_device *dev_debug_output_new(void)
{
    struct bufdev *b = xcalloc(1, sizeof *b);
    b->handle_write = output_write;
    return bufdev_new("debug-output", QPU_DEV_DEBUG_OUTPUT, b);
}

/* --- debug-input ------------------------------------------------------------------- */

struct input {
    int fd;
    bool interrupt; /* the input-interrupt extension is on */
    struct buf pending; /* bytes received, not yet delivered */
    bool eof;
};

static bool has_line(const struct input *in)
{
    return in->pending.len && memchr(in->pending.data, '\n', in->pending.len);
}

/* Takes the first complete line (without its newline) out of the received bytes. */
static bool take_line(struct input *in, uint32_t **data, size_t *n)
{
    if (!has_line(in))
        return false;
    char *nl = memchr(in->pending.data, '\n', in->pending.len);
    size_t len = (size_t)(nl - (char *)in->pending.data);
    utf8_decode_words((char *)in->pending.data, len, data, n);
    memmove(in->pending.data, nl + 1, in->pending.len - len - 1);
    in->pending.len -= len + 1;
    return true;
}

/* Reads what the host has without blocking. */
static void receive(struct input *in)
{
    while (!in->eof) {
        struct pollfd p = {.fd = in->fd, .events = POLLIN};
        if (poll(&p, 1, 0) <= 0)
            return;
        char chunk[4096];
        ssize_t got = read(in->fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            in->eof = true; /* end of input, or an unreadable fd */
            return;
        }
        buf_append(&in->pending, chunk, (size_t)got);
        if (memchr(chunk, '\n', (size_t)got))
            return;
    }
}

static enum bufdev_fetch input_fetch(struct vm *vm, struct bufdev *b, uint32_t **data, size_t *n)
{
    struct input *in = b->extra;
    if (take_line(in, data, n))
        return FETCH_DATA;
    receive(in);
    if (take_line(in, data, n))
        return FETCH_DATA;
    if (in->eof) {
        bufdev_read_error(vm, b, true); /* extension: ERROR, size 0 */
        return FETCH_LATER;             /* already completed */
    }
    return FETCH_LATER;
}

/* Extension: interrupt 4 when a READ completes, if the program installed a handler. */
static void input_read_done(struct vm *vm, struct bufdev *b)
{
    struct input *in = b->extra;
    if (in->interrupt && vm->mem[QPU_INT_COUNT] >= QPU_INT_INPUT && vm->mem[QPU_INT_HANDLERS + QPU_INT_INPUT])
        vm_interrupt_external(vm, QPU_INT_INPUT);
}

/* A READ at or after end of input completes at once (extension). */
static int input_wait_fd(struct vm *vm, struct vm_device *dev)
{
    (void)vm;
    struct bufdev *b = dev->state;
    struct input *in = b->extra;
    if (!b->read_pending || in->eof || has_line(in))
        return -1;
    return in->fd;
}

static uint64_t input_wake_at(struct vm *vm, struct vm_device *dev)
{
    struct bufdev *b = dev->state;
    struct input *in = b->extra;
    if (b->read_pending && (in->eof || has_line(in)))
        return vm->cycles; /* completes at the next tick */
    return UINT64_MAX;
}

static void input_destroy(struct bufdev *b)
{
    struct input *in = b->extra;
    buf_free(&in->pending);
    free(in);
}

struct vm_device *dev_debug_input_new(int fd, bool interrupt)
{
    struct bufdev *b = xcalloc(1, sizeof *b);
    struct input *in = xcalloc(1, sizeof *in);
    in->fd = fd;
    in->interrupt = interrupt;
    b->extra = in;
    b->fetch = input_fetch;
    b->read_done = input_read_done;
    b->destroy_extra = input_destroy;
    struct vm_device *dev = bufdev_new("debug-input", QPU_DEV_DEBUG_INPUT, b);
    dev->wait_fd = input_wait_fd;
    dev->wake_at = input_wake_at;
    return dev;
}

/* --- debug-file -------------------------------------------------------------------- */

struct file_dev {
    char *path; /* NULL: not set */
};

static bool file_write(struct vm *vm, struct bufdev *b, const uint32_t *w, size_t n)
{
    (void)vm;
    struct file_dev *f = b->extra;
    char *text;
    size_t len;
    if (!utf8_encode_words(w, n, &text, &len))
        return false;
    if (!f->path) {
        f->path = text; /* the first WRITE names the file */
        return true;
    }
    bool ok = write_file(f->path, text, len);
    free(text);
    return ok;
}

static bool reads_as_words(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t len = strlen(base);
    return !strchr(base, '.') || (len >= 5 && strcmp(base + len - 5, ".qbin") == 0) ||
           (len >= 4 && strcmp(base + len - 4, ".bin") == 0);
}

static enum bufdev_fetch file_fetch(struct vm *vm, struct bufdev *b, uint32_t **data, size_t *n)
{
    struct file_dev *f = b->extra;
    if (!f->path)
        return FETCH_ERROR;
    char *path = f->path[0] == '/' || !vm->program_dir
                     ? xstrdup(f->path)
                     : xmalloc(strlen(vm->program_dir) + strlen(f->path) + 2);
    if (f->path[0] != '/' && vm->program_dir)
        sprintf(path, "%s/%s", vm->program_dir, f->path);
    free(f->path);
    f->path = NULL;
    size_t len;
    char why[160]; /* a non-regular or larger-than-memory file is a failed read */
    char *bytes = read_input_quiet(path, (size_t)vm->memsize * 4, 0, &len, why, sizeof why);
    bool words = reads_as_words(path);
    free(path);
    if (!bytes)
        return FETCH_ERROR;
    if (words) {
        *n = len / 4;
        *data = xmalloc((*n ? *n : 1) * sizeof **data);
        for (size_t i = 0; i < *n; i++)
            (*data)[i] = get_u32le((unsigned char *)bytes + 4 * i);
    } else {
        utf8_decode_words(bytes, len, data, n);
    }
    free(bytes);
    return FETCH_DATA;
}

static void file_destroy(struct bufdev *b)
{
    struct file_dev *f = b->extra;
    free(f->path);
    free(f);
}

struct vm_device *dev_debug_file_new(void)
{
    struct bufdev *b = xcalloc(1, sizeof *b);
    b->extra = xcalloc(1, sizeof(struct file_dev));
    b->handle_write = file_write;
    b->fetch = file_fetch;
    b->destroy_extra = file_destroy;
    return bufdev_new("debug-file", QPU_DEV_DEBUG_FILE, b);
}
