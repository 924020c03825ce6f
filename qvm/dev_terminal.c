/* dev_terminal.c - the terminal device (extension, docs/qvm.md): the characters typed on
 * the host, delivered as they come instead of line by line, on the buffered protocol.
 * A READ completes as soon as at least one character is there, with every character
 * received so far (up to the capacity), one code point per word, and raises interrupt 5
 * if the program installed a handler. When stdin is a terminal, the first READ switches
 * it to raw mode and Ctrl-A is an escape: Ctrl-A x quits, Ctrl-A h prints help, Ctrl-A
 * Ctrl-A sends a Ctrl-A. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bufdev.h"
#include "devices.h"
#include "host_terminal.h"
#include "platform.h"
#include "util.h"

#define CTRL_A 0x01

struct terminal {
    int fd;
    bool keys;          /* fd is a terminal: raw mode and the Ctrl-A escape */
    bool escape;        /* the last key was Ctrl-A */
    struct buf pending; /* bytes for the machine, not yet delivered */
    bool eof;
};

static void print_help(void)
{
    fputs("\nqvm terminal keys:\n"
          "  C-a h    this help\n"
          "  C-a x    quit qvm (the disk image keeps what the machine wrote)\n"
          "  C-a C-a  send C-a to the machine\n", stderr);
}

/* One host byte: the escape, or a byte for the machine. */
static void take_byte(struct vm *vm, struct terminal *t, unsigned char c)
{
    if (!t->keys) {
        buf_append(&t->pending, &c, 1);
        return;
    }
    if (!t->escape) {
        if (c == CTRL_A)
            t->escape = true;
        else
            buf_append(&t->pending, &c, 1);
        return;
    }
    t->escape = false;
    if (c == CTRL_A)
        buf_append(&t->pending, &c, 1);
    else if (c == 'x' || c == 'X')
        vm_stop_with(vm, VM_QUIT, "terminated by C-a x");
    else if (c == 'h' || c == 'H' || c == '?')
        print_help();
    /* anything else after C-a is dropped, as QEMU does */
}

/* Reads what the host has without blocking. */
static void receive(struct vm *vm, struct terminal *t)
{
    while (!t->eof && vm->stop == VM_RUNNING) {
        struct pollfd p = {.fd = t->fd, .events = POLLIN};
        if (poll(&p, 1, 0) <= 0)
            return;
        unsigned char chunk[1024];
        ssize_t got = read(t->fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            t->eof = true;
            return;
        }
        for (ssize_t i = 0; i < got; i++)
            take_byte(vm, t, chunk[i]);
    }
}

/* Bytes at the start of pending that form whole UTF-8 characters (an incomplete last
 * sequence waits for its other bytes, unless input has ended). */
static size_t complete_prefix(const struct terminal *t)
{
    const unsigned char *p = t->pending.data;
    size_t n = t->pending.len;
    if (t->eof || n == 0)
        return n;
    size_t start = n;
    while (start > 0 && n - start < 4 && (p[start - 1] & 0xC0) == 0x80)
        start--;
    if (start == 0)
        return n;
    unsigned lead = p[start - 1];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return n - (start - 1) < need ? start - 1 : n;
}

static enum bufdev_fetch terminal_fetch(struct vm *vm, struct bufdev *b, uint32_t **data,
                                        size_t *n)
{
    struct terminal *t = b->extra;
    if (t->keys)
        host_terminal_raw(t->fd);
    receive(vm, t);
    size_t len = complete_prefix(t);
    if (len) {
        utf8_decode_words((char *)t->pending.data, len, data, n);
        memmove(t->pending.data, t->pending.data + len, t->pending.len - len);
        t->pending.len -= len;
        return FETCH_DATA;
    }
    if (t->eof)
        bufdev_read_error(vm, b, true); /* end of input: ERROR, size 0 */
    return FETCH_LATER;
}

/* Interrupt 5 when a READ completes, if the program installed a handler. */
static void terminal_read_done(struct vm *vm, struct bufdev *b)
{
    (void)b;
    if (vm->mem[QPU_INT_COUNT] >= QPU_INT_TERMINAL &&
        vm->mem[QPU_INT_HANDLERS + QPU_INT_TERMINAL])
        vm_interrupt_external(vm, QPU_INT_TERMINAL);
}

static int terminal_wait_fd(struct vm *vm, struct vm_device *dev)
{
    (void)vm;
    struct bufdev *b = dev->state;
    struct terminal *t = b->extra;
    if (!b->read_pending || t->eof || complete_prefix(t))
        return -1;
    return t->fd;
}

static uint64_t terminal_wake_at(struct vm *vm, struct vm_device *dev)
{
    struct bufdev *b = dev->state;
    struct terminal *t = b->extra;
    if (b->read_pending && (t->eof || complete_prefix(t)))
        return vm->cycles; /* completes at the next tick */
    return UINT64_MAX;
}

static void terminal_destroy(struct bufdev *b)
{
    struct terminal *t = b->extra;
    buf_free(&t->pending);
    free(t);
}

struct vm_device *dev_terminal_new(int fd, bool keys)
{
    struct bufdev *b = xcalloc(1, sizeof *b);
    struct terminal *t = xcalloc(1, sizeof *t);
    t->fd = fd;
    t->keys = keys;
    b->extra = t;
    b->fetch = terminal_fetch;
    b->read_done = terminal_read_done;
    b->destroy_extra = terminal_destroy;
    struct vm_device *dev = bufdev_new("terminal", QPU_DEV_TERMINAL, b);
    dev->wait_fd = terminal_wait_fd;
    dev->wake_at = terminal_wake_at;
    return dev;
}
