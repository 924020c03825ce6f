/* data.c - file contents: a file's bytes in order along its chain, 512 per sector, the
 * last sector zero-padded. Bytes are stored as the host has them, which is exactly the
 * spec's packing (byte b is byte b % 4, little-endian, of word b / 4). */
#include "mkqfs.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

uint32_t data_sectors_for(uint64_t bytes)
{
    return (uint32_t)((bytes + QFS_SECTOR_BYTES - 1) / QFS_SECTOR_BYTES);
}

bool data_write(struct qfs *fs, const unsigned char *bytes, size_t len, uint32_t *first)
{
    *first = 0;
    uint32_t prev = 0, n = data_sectors_for(len);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t s;
        if (!fat_alloc(fs, &s))
            return false;
        if (prev)
            fat_set(fs, prev, s);
        else
            *first = s;
        size_t off = (size_t)i * QFS_SECTOR_BYTES;
        size_t chunk = len - off < QFS_SECTOR_BYTES ? len - off : QFS_SECTOR_BYTES;
        memcpy(qfs_sector(fs, s), bytes + off, chunk);
        prev = s;
    }
    return true;
}

/* The chain of a file of `size` bytes, checked to be long enough. */
static bool file_chain(const struct qfs *fs, uint32_t first, uint32_t size, const char *what,
                       struct chain *c)
{
    if (first == 0) {
        qfs_error(fs, "corrupt image: %s has size %u but no first sector", what, size);
        return false;
    }
    if (first == fs->root) {
        qfs_error(fs, "corrupt image: %s starts at the root directory's sector", what);
        return false;
    }
    if (!fat_walk(fs, first, what, c))
        return false;
    uint32_t need = data_sectors_for(size);
    if (c->n < need) {
        qfs_error(fs, "corrupt image: %s has size %u (%u sectors) but its chain has %u "
                  "sectors", what, size, need, c->n);
        chain_free(c);
        return false;
    }
    return true;
}

bool data_read(const struct qfs *fs, uint32_t first, uint32_t size, const char *what,
               unsigned char **out)
{
    *out = NULL;
    struct chain c = {0};
    if (size > 0 && !file_chain(fs, first, size, what, &c))
        return false;
    *out = xmalloc(size ? size : 1);
    for (uint32_t i = 0; i < data_sectors_for(size); i++) {
        size_t off = (size_t)i * QFS_SECTOR_BYTES;
        size_t chunk = size - off < QFS_SECTOR_BYTES ? size - off : QFS_SECTOR_BYTES;
        memcpy(*out + off, qfs_sector_c(fs, c.sectors[i]), chunk);
    }
    chain_free(&c);
    return true;
}
