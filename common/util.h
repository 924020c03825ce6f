/* util.h - small helpers shared by the host tools: checked allocation, reading whole
 * files, growable byte buffers. Allocation failure is fatal (the tools are short-lived).
 */
#ifndef QPU_UTIL_H
#define QPU_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Reads a whole file ("-" is stdin) into a NUL-terminated buffer; *len gets its length.
 * Returns NULL with errno set on failure. */
char *read_file(const char *path, size_t *len);

/* Writes len bytes to path atomically (temporary file + rename, keeping an existing
 * file's mode); an existing non-regular file (/dev/null) is written in place. False
 * with errno on failure. */
bool write_file(const char *path, const void *data, size_t len);

/* Growable byte buffer. */
struct buf {
    unsigned char *data;
    size_t len, cap;
};
void buf_reserve(struct buf *b, size_t extra);
void buf_append(struct buf *b, const void *p, size_t n);
void buf_put_u32le(struct buf *b, uint32_t w);
void buf_free(struct buf *b);

static inline uint32_t get_u32le(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline void put_u32le(unsigned char *p, uint32_t w)
{
    p[0] = (unsigned char)w;
    p[1] = (unsigned char)(w >> 8);
    p[2] = (unsigned char)(w >> 16);
    p[3] = (unsigned char)(w >> 24);
}

#endif
