/* bufdev.c - the buffered protocol window (+0 control, +1 capacity, +2 size, +3...
 * buffer) and the UTF-8 conversions its devices share. */
#include "bufdev.h"

#include <stdlib.h>
#include <string.h>

#include "platform.h"
#include "util.h"

static uint32_t *win(struct vm *vm, struct bufdev *b) { return &vm->mem[b->dev->base]; }

static void drop_leftover(struct bufdev *b)
{
    free(b->left);
    b->left = NULL;
    b->left_len = b->left_pos = 0;
}

/* Delivers the next part of the leftover data: size = min(capacity, remaining). */
static void deliver(struct vm *vm, struct bufdev *b)
{
    uint32_t *w = win(vm, b);
    size_t n = b->left_len - b->left_pos;
    if (n > BUFDEV_CAPACITY)
        n = BUFDEV_CAPACITY;
    if (n)
        memcpy(&w[QPU_BUF_DATA], b->left + b->left_pos, n * sizeof *w);
    w[QPU_BUF_SIZE] = (uint32_t)n;
    b->left_pos += n;
    if (b->left_pos == b->left_len)
        drop_leftover(b);
    w[QPU_BUF_CONTROL] = QPU_BUF_READY;
    b->read_pending = false;
    if (b->read_done)
        b->read_done(vm, b);
}

void bufdev_read_error(struct vm *vm, struct bufdev *b, bool clear_size)
{
    uint32_t *w = win(vm, b);
    w[QPU_BUF_CONTROL] = QPU_BUF_ERROR;
    if (clear_size)
        w[QPU_BUF_SIZE] = 0;
    b->read_pending = false;
    if (b->read_done)
        b->read_done(vm, b);
}

static void start_write(struct vm *vm, struct bufdev *b)
{
    uint32_t *w = win(vm, b);
    drop_leftover(b);
    w[QPU_BUF_CONTROL] = QPU_BUF_PENDING;
    uint32_t size = w[QPU_BUF_SIZE];
    size_t take = size < BUFDEV_CAPACITY ? size : BUFDEV_CAPACITY;
    if (b->msg_len + take > b->msg_cap) {
        b->msg_cap = 2 * (b->msg_len + take);
        b->msg = xrealloc(b->msg, b->msg_cap * sizeof *b->msg);
    }
    if (take) /* a zero-size write before any data: msg may still be NULL */
        memcpy(b->msg + b->msg_len, &w[QPU_BUF_DATA], take * sizeof *w);
    b->msg_len += take;
    if (size > BUFDEV_CAPACITY)
        w[QPU_BUF_CONTROL] = QPU_BUF_READY; /* more to come */
    else
        b->write_pending = true;
}

static void bufdev_store(struct vm *vm, struct vm_device *dev, uint32_t offset, uint32_t value)
{
    (void)offset;
    struct bufdev *b = dev->state;
    uint32_t *w = win(vm, b);
    if (value == QPU_BUF_WRITE && b->handle_write) {
        start_write(vm, b);
    } else if (value == QPU_BUF_READ && b->fetch) {
        w[QPU_BUF_CONTROL] = QPU_BUF_PENDING;
        if (b->left)
            deliver(vm, b);
        else
            b->read_pending = true;
    } else {
        w[QPU_BUF_CONTROL] = QPU_BUF_ERROR;
        b->read_pending = b->write_pending = false;
        b->msg_len = 0;
    }
}

static void finish_write(struct vm *vm, struct bufdev *b)
{
    if (b->write_pending) {
        bool ok = b->handle_write(vm, b, b->msg, b->msg_len);
        b->msg_len = 0;
        b->write_pending = false;
        win(vm, b)[QPU_BUF_CONTROL] = ok ? QPU_BUF_READY : QPU_BUF_ERROR;
    }
}

/* The machine stopped: a message already handed over is still written (as the
 * reference prints output issued just before `halt`). */
static void bufdev_finish(struct vm *vm, struct vm_device *dev)
{
    finish_write(vm, dev->state);
}

static void bufdev_complete(struct vm *vm, struct vm_device *dev)
{
    struct bufdev *b = dev->state;
    finish_write(vm, b);
    if (b->read_pending) {
        uint32_t *data = NULL;
        size_t n = 0;
        switch (b->fetch(vm, b, &data, &n)) {
        case FETCH_LATER:
            break;
        case FETCH_ERROR:
            bufdev_read_error(vm, b, false);
            break;
        case FETCH_DATA:
            drop_leftover(b);
            b->left = data;
            b->left_len = n;
            deliver(vm, b);
            break;
        }
    }
}

static void bufdev_init(struct vm *vm, struct vm_device *dev)
{
    vm->mem[dev->base + QPU_BUF_CAPACITY] = BUFDEV_CAPACITY;
}

static void bufdev_destroy(struct vm_device *dev)
{
    struct bufdev *b = dev->state;
    if (b->destroy_extra)
        b->destroy_extra(b);
    free(b->msg);
    free(b->left);
    free(b);
    free(dev);
}

struct vm_device *bufdev_new(const char *name, uint32_t id, struct bufdev *b)
{
    struct vm_device *dev = xcalloc(1, sizeof *dev);
    dev->name = name;
    dev->id = id;
    dev->io_words = 1;
    dev->shared_words = BUFDEV_WORDS;
    dev->state = b;
    b->dev = dev;
    dev->init = bufdev_init;
    dev->store = bufdev_store;
    dev->complete = bufdev_complete;
    dev->finish = bufdev_finish;
    dev->destroy = bufdev_destroy;
    return dev;
}

/* --- UTF-8 ------------------------------------------------------------------------- */

bool utf8_encode_words(const uint32_t *w, size_t n, char **out, size_t *len)
{
    struct buf o = {0};
    for (size_t i = 0; i < n; i++) {
        uint32_t c = w[i];
        unsigned char t[4];
        size_t k;
        if (c > 0x10FFFF) {
            buf_free(&o);
            return false;
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD; /* a lone surrogate has no UTF-8 form */
        if (c < 0x80) {
            t[0] = (unsigned char)c, k = 1;
        } else if (c < 0x800) {
            t[0] = (unsigned char)(0xC0 | c >> 6), t[1] = (unsigned char)(0x80 | (c & 0x3F)), k = 2;
        } else if (c < 0x10000) {
            t[0] = (unsigned char)(0xE0 | c >> 12);
            t[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            t[2] = (unsigned char)(0x80 | (c & 0x3F)), k = 3;
        } else {
            t[0] = (unsigned char)(0xF0 | c >> 18);
            t[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
            t[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            t[3] = (unsigned char)(0x80 | (c & 0x3F)), k = 4;
        }
        buf_append(&o, t, k);
    }
    buf_append(&o, "", 1);
    *out = (char *)o.data;
    *len = o.len - 1;
    return true;
}

/* Invalid sequences become U+FFFD, one per byte. */
void utf8_decode_words(const char *s, size_t len, uint32_t **out, size_t *n)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t *w = xmalloc((len ? len : 1) * sizeof *w);
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        unsigned c = p[i], need = c < 0x80 ? 0 : c >= 0xF0 && c < 0xF5 ? 3
                                : c >= 0xE0 ? (c < 0xF0 ? 2 : 9) : c >= 0xC2 ? 1 : 9;
        uint32_t cp = need == 0 ? c : need == 1 ? c & 0x1F : need == 2 ? c & 0x0F : c & 0x07;
        bool ok = need != 9;
        for (unsigned j = 1; ok && j <= need; j++) {
            if (i + j >= len || (p[i + j] & 0xC0) != 0x80)
                ok = false;
            else
                cp = cp << 6 | (p[i + j] & 0x3F);
        }
        if (ok && need && (cp < (need == 2 ? 0x800u : need == 3 ? 0x10000u : 0x80u) ||
                           cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        w[k++] = ok ? cp : 0xFFFD;
        i += ok ? need + 1 : 1;
    }
    *out = w;
    *n = k;
}
