/* repair.c - the write-ahead log on the host side (docs/qfs-log.md) and
 * `mkqfs fsck --repair`: reporting a transaction left
 * in the log, replaying (or discarding) it, and repairing what a crash of an older
 * writer (or the reference) can leave: sizes beyond their chains, chains longer than
 * their sizes, broken chains, leaked sectors, a wrong free count. Every repair is
 * printed; the image is written back atomically (qfs_save) only after all of them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mkqfs.h"
#include "util.h"

/* The log's chain (c->n == 0 if the image has no usable log). */
static void log_chain(const struct qfs *fs, struct chain *c)
{
    struct qfs_entry root, e;
    struct dir_listing d;
    memset(c, 0, sizeof *c);
    entry_root(fs, &root);
    if (!dir_read(fs, root.first, "/", &d))
        return;
    long i = dir_find(&d, QFS_LOG_NAME);
    if (i >= 0) {
        e = d.slots[i];
        if (!entry_is_dir(&e) && fat_is_data(fs, e.first)
            && !fat_walk(fs, e.first, "/" QFS_LOG_NAME, c))
            memset(c, 0, sizeof *c);
    }
    dir_listing_free(&d);
}

/* The number of sectors the log's header names for replay (0: none), or -1 if the
 * header is not valid. */
static long log_pending_count(const struct qfs *fs, const struct chain *c)
{
    uint32_t h = c->sectors[0];
    uint32_t n = qfs_get(fs, h, QFS_LOG_COUNT);
    if (qfs_get(fs, h, QFS_LOG_MAGIC) != QFS_LOG_MAGIC_VALUE)
        return n == 0 ? 0 : -1;
    if (n + 1 > c->n || n > QFS_LOG_MAX)
        return -1;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t home = qfs_get(fs, h, QFS_LOG_HOMES + i);
        if (home >= fs->total)
            return -1;
        for (uint32_t k = 0; k < c->n; k++)
            if (c->sectors[k] == home)
                return -1;
    }
    return (long)n;
}

void log_replay(struct qfs *fs)
{
    struct chain c;
    fs->log_replayed = 0;
    log_chain(fs, &c);
    if (c.n == 0)
        return;
    long n = log_pending_count(fs, &c);
    uint32_t h = c.sectors[0];
    for (long i = 0; i < n; i++)
        memcpy(qfs_sector(fs, qfs_get(fs, h, QFS_LOG_HOMES + (uint32_t)i)),
               qfs_sector_c(fs, c.sectors[i + 1]), QFS_SECTOR_BYTES);
    if (n != 0) {
        qfs_put(fs, h, QFS_LOG_MAGIC, QFS_LOG_MAGIC_VALUE);
        qfs_put(fs, h, QFS_LOG_COUNT, 0);
        fs->free_count = qfs_get(fs, QFS_SUPERBLOCK_SECTOR, QFS_SB_FREE_SECTORS);
    }
    fs->log_replayed = n;
    chain_free(&c);
}

/* ---- the tree ---- */

struct repair {
    struct qfs *fs;
    uint8_t *owned;         /* per sector: in some chain */
    int repairs;
};

static void say(struct repair *r, const char *path, const char *what, uint32_t a, uint32_t b)
{
    printf("%s: repaired: %s: ", r->fs->path, path[0] ? path : "/");
    printf(what, a, b);
    printf("\n");
    r->repairs++;
}

/* Walks a chain from first, claiming its sectors; cuts it where it breaks (a free,
 * out-of-range, looping or cross-linked link). Returns its length; *first may become 0. */
static uint32_t claim(struct repair *r, const char *path, uint32_t *first, bool is_root)
{
    struct qfs *fs = r->fs;
    uint32_t n = 0, prev = 0;
    for (uint32_t s = *first; s;) {
        bool bad = !is_root || n > 0 ? !fat_is_data(fs, s) : false;
        if (!bad && (r->owned[s] || (fat_get(fs, s) == QFS_FAT_FREE && !(is_root && n == 0))))
            bad = true;
        if (bad) {
            say(r, path, "chain cut before sector %u (after %u sectors)", s, n);
            if (prev)
                fat_set(fs, prev, QFS_FAT_END);
            else
                *first = 0;
            return n;
        }
        r->owned[s] = 1;
        n++;
        prev = s;
        uint32_t next = fat_get(fs, s);
        s = next == QFS_FAT_END || next == QFS_FAT_FREE ? 0 : next;
    }
    return n;
}

/* Frees the chain after its keep-th sector (keep 0: all of it). */
static void cut_after(struct repair *r, uint32_t first, uint32_t keep)
{
    struct qfs *fs = r->fs;
    uint32_t s = first, k = 1;
    while (s && k < keep) {
        s = fat_get(fs, s);
        k++;
    }
    uint32_t next = keep ? fat_get(fs, s) : first;
    if (keep)
        fat_set(fs, s, QFS_FAT_END);
    while (fat_is_data(fs, next)) {
        uint32_t after = fat_get(fs, next);
        fat_set(fs, next, QFS_FAT_FREE);
        r->owned[next] = 0;
        next = after;
    }
}

static void repair_dir(struct repair *r, uint32_t first, const char *path, int depth);

static void repair_entry(struct repair *r, struct qfs_entry *e, const char *path, int depth)
{
    uint32_t first = e->first, size = e->size;
    if (entry_is_dir(e)) {
        uint32_t n = claim(r, path, &first, false);
        if (n == 0) {
            say(r, path, "directory without sectors removed", 0, 0);
            entry_write(r->fs, e->slot, QFS_FLAGS_DELETED_ENTRY, 0, 0, "");
            return;
        }
        if (size != 0)
            say(r, path, "directory size %u set to 0", size, 0);
        if (size != 0 || first != e->first)
            entry_write(r->fs, e->slot, e->flags, first, 0, e->name);
        if (depth < 64)
            repair_dir(r, first, path, depth + 1);
        return;
    }
    uint32_t n = first ? claim(r, path, &first, false) : 0;
    uint32_t need = data_sectors_for(size);
    if (need > n) {
        say(r, path, "size %u truncated to its chain (%u sectors)", size, n);
        size = n * QFS_SECTOR_BYTES;
    } else if (n > need) {
        say(r, path, "chain of %u sectors cut to the %u its size needs", n, need);
        cut_after(r, first, need);
        if (need == 0)
            first = 0;
    }
    if (size != e->size || first != e->first)
        entry_write(r->fs, e->slot, e->flags, first, size, e->name);
}

static void repair_dir(struct repair *r, uint32_t first, const char *path, int depth)
{
    struct dir_listing d;
    if (!dir_read(r->fs, first, path, &d))
        return;
    for (uint32_t i = 0; i < d.n; i++) {
        struct qfs_entry *e = &d.slots[i];
        if (!entry_is_live(e->flags))
            continue;
        char *child = path_join(path, e->name);
        repair_entry(r, e, child, depth);
        free(child);
    }
    dir_listing_free(&d);
}

static void repair_free_space(struct repair *r)
{
    struct qfs *fs = r->fs;
    uint32_t leaked = 0, free_sectors = 0;
    for (uint32_t s = fs->data_start; s < fs->total; s++) {
        if (!r->owned[s] && fat_get(fs, s) != QFS_FAT_FREE) {
            fat_set(fs, s, QFS_FAT_FREE);
            leaked++;
        }
        if (fat_get(fs, s) == QFS_FAT_FREE)
            free_sectors++;
    }
    if (leaked) {
        printf("%s: repaired: freed %u leaked sector%s (in no chain)\n", fs->path, leaked,
               leaked == 1 ? "" : "s");
        r->repairs++;
    }
    for (uint32_t s = 0; s < fs->fat_sectors * QFS_FAT_ENTRIES_PER_SECTOR; s++) {
        if (s != fs->root && !fat_is_data(fs, s) && fat_get(fs, s) != QFS_FAT_FREE) {
            fat_set(fs, s, QFS_FAT_FREE);
            printf("%s: repaired: reserved FAT entry %u set to 0\n", fs->path, s);
            r->repairs++;
        }
    }
    if (free_sectors != fs->free_count) {
        printf("%s: repaired: free count %u set to %u\n", fs->path, fs->free_count,
               free_sectors);
        fs->free_count = free_sectors;
        r->repairs++;
    }
}

/* Replays or discards the log, then repairs the tree and the free space. Returns the
 * number of repairs made (the caller saves the image if there were any). */
int fsck_repair(struct qfs *fs)
{
    struct repair r = {.fs = fs};
    struct qfs_entry root;
    if (fs->log_replayed > 0)
        printf("%s: repaired: replayed the log (%ld sectors)\n", fs->path, fs->log_replayed);
    else if (fs->log_replayed < 0)
        printf("%s: repaired: discarded a log header that is not valid\n", fs->path);
    r.repairs = fs->log_replayed != 0;
    fs->log_replayed = 0;
    r.owned = xcalloc(fs->total, 1);
    entry_root(fs, &root);
    uint32_t first = root.first;
    claim(&r, "", &first, true);
    repair_dir(&r, root.first, "", 0);
    repair_free_space(&r);
    free(r.owned);
    return r.repairs;
}
