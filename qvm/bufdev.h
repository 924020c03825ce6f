/* bufdev.h - the buffered protocol shared by debug-output, debug-input and debug-file
 * (platform.md §Buffered protocol). A device supplies what to do with a complete
 * WRITE message and how to fetch data for a READ; bufdev.c runs the window. */
#ifndef QVM_BUFDEV_H
#define QVM_BUFDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm.h"

#define BUFDEV_CAPACITY 0xFD
#define BUFDEV_WORDS    0xFF /* shared words: capacity, size, buffer */

/* What a fetch found. */
enum bufdev_fetch { FETCH_LATER, FETCH_DATA, FETCH_ERROR };

struct bufdev {
    /* Set by the device: */
    bool (*handle_write)(struct vm *vm, struct bufdev *b, const uint32_t *w, size_t n);
    /* Fills *data (malloc'd, taken over) and *n on FETCH_DATA. */
    enum bufdev_fetch (*fetch)(struct vm *vm, struct bufdev *b, uint32_t **data, size_t *n);
    /* Called when a READ completes (READY or ERROR). */
    void (*read_done)(struct vm *vm, struct bufdev *b);
    void (*destroy_extra)(struct bufdev *b);
    void *extra;
    /* Protocol state: */
    struct vm_device *dev;
    uint32_t *msg; /* WRITE words collected so far */
    size_t msg_len, msg_cap;
    bool write_pending, read_pending;
    uint32_t *left; /* READ data not yet delivered */
    size_t left_len, left_pos;
};

/* A device with this protocol; handle_write/fetch may be NULL (direction missing). */
struct vm_device *bufdev_new(const char *name, uint32_t id, struct bufdev *b);

/* Completes a pending READ with ERROR and size 0 (end of input). */
void bufdev_read_error(struct vm *vm, struct bufdev *b, bool clear_size);

/* UTF-8 <-> code points. */
bool utf8_encode_words(const uint32_t *w, size_t n, char **out, size_t *len);
void utf8_decode_words(const char *s, size_t len, uint32_t **out, size_t *n);

#endif
