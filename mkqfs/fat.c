/* fat.c - the file allocation table: reading and writing entries, allocating the lowest
 * free data sector, walking chains (always bounded by the sector count, so a looping or
 * wild chain is an error, never a hang) and freeing them. */
#include "mkqfs.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

uint32_t fat_get(const struct qfs *fs, uint32_t sector)
{
    return qfs_get(fs, QFS_FAT_START + sector / QFS_FAT_ENTRIES_PER_SECTOR,
                   sector % QFS_FAT_ENTRIES_PER_SECTOR);
}

void fat_set(struct qfs *fs, uint32_t sector, uint32_t value)
{
    qfs_put(fs, QFS_FAT_START + sector / QFS_FAT_ENTRIES_PER_SECTOR,
            sector % QFS_FAT_ENTRIES_PER_SECTOR, value);
    if (value == QFS_FAT_FREE && sector < fs->alloc_hint)
        fs->alloc_hint = sector;
}

bool fat_is_data(const struct qfs *fs, uint32_t sector)
{
    return sector >= fs->data_start && sector < fs->total;
}

bool fat_alloc(struct qfs *fs, uint32_t *sector)
{
    uint32_t s = fs->alloc_hint > fs->data_start ? fs->alloc_hint : fs->data_start;
    while (s < fs->total && fat_get(fs, s) != QFS_FAT_FREE)
        s++;
    fs->alloc_hint = s;
    if (s >= fs->total) {
        qfs_error(fs, "disk full: no free sector left");
        return false;
    }
    fat_set(fs, s, QFS_FAT_END);
    memset(qfs_sector(fs, s), 0, QFS_SECTOR_BYTES);
    if (fs->free_count > 0)
        fs->free_count--;
    *sector = s;
    return true;
}

static void chain_push(struct chain *c, uint32_t *cap, uint32_t s)
{
    if (c->n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        c->sectors = xrealloc(c->sectors, *cap * sizeof *c->sectors);
    }
    c->sectors[c->n++] = s;
}

bool fat_walk(const struct qfs *fs, uint32_t first, const char *what, struct chain *c)
{
    memset(c, 0, sizeof *c);
    if (first != fs->root && !fat_is_data(fs, first)) {
        qfs_error(fs, "corrupt image: %s starts at sector %u, outside the data area", what,
                  first);
        return false;
    }
    /* A chain holds at most the root's first sector and every data sector. */
    uint32_t limit = fs->total - fs->data_start + 1, cap = 0;
    for (uint32_t s = first;;) {
        if (c->n == limit) {
            qfs_error(fs, "corrupt image: the FAT chain of %s loops", what);
            chain_free(c);
            return false;
        }
        chain_push(c, &cap, s);
        uint32_t next = fat_get(fs, s);
        if (next == QFS_FAT_END || next == QFS_FAT_FREE)
            return true;
        if (!fat_is_data(fs, next)) {
            qfs_error(fs, "corrupt image: the FAT chain of %s links sector %u to 0x%08X, "
                      "outside the data area", what, s, next);
            chain_free(c);
            return false;
        }
        s = next;
    }
}

void fat_release(struct qfs *fs, const struct chain *c)
{
    for (uint32_t i = 0; i < c->n; i++) {
        if (c->sectors[i] == fs->root)
            continue;
        fat_set(fs, c->sectors[i], QFS_FAT_FREE);
        fs->free_count++;
    }
}

void chain_free(struct chain *c)
{
    free(c->sectors);
    c->sectors = NULL;
    c->n = 0;
}
