/* bcache.c - a direct-mapped cache of NBUF disk sectors (sector s lives in buffer
 * s % NBUF) for the file system's metadata and small reads: superblock, FAT,
 * directories, partial file sectors. Buffers are contiguous in memory, so a run of
 * consecutive sectors can be read with one device command (bprefetch, used at mount).
 *
 * A dirty buffer is one of two kinds (docs/qfs-log.md):
 *   logged  (bdirty)  part of the open transaction: it reaches its home sector only
 *                     through the log (log.c). Evicting it copies it to the log's
 *                     staging area instead of writing it; reading it back takes the
 *                     staged copy.
 *   fresh   (bnew)    a sector allocated in the open transaction (free on the disk's
 *                     committed state): it may be written home at any time, and is
 *                     before the transaction commits (ordered data). */
#include "kernel.h"

#define NBUF 64
enum { CLEAN, LOGGED, FRESH };

static int data[NBUF * QPU_SECTOR_WORDS];
static int sector_of[NBUF];     /* sector + 1 held by each buffer, 0 = empty */
static int dirty[NBUF];         /* CLEAN, LOGGED or FRESH */

static int *buffer(int slot)
{
    return data + slot * QPU_SECTOR_WORDS;
}

/* Makes slot free for a new sector, writing its old one back (or staging it). */
static void evict(int slot)
{
    if (dirty[slot] == FRESH)
        disk_write(sector_of[slot] - 1, 1, buffer(slot));
    else if (dirty[slot] == LOGGED)
        log_stage(sector_of[slot] - 1, buffer(slot));
    dirty[slot] = CLEAN;
    sector_of[slot] = 0;
}

int *bread(int sector)
{
    int slot = sector % NBUF;
    if (sector_of[slot] != sector + 1) {
        evict(slot);
        if (disk_read(sector, 1, buffer(slot)) < 0)
            return 0;
        sector_of[slot] = sector + 1;
        if (log_unstage(sector, buffer(slot)))
            dirty[slot] = LOGGED;
    }
    return buffer(slot);
}

/* Reads sectors first..first+count-1 into the cache with one command when their
 * buffers are consecutive and nothing is pending; returns 1 if it did. */
int bprefetch(int first, int count)
{
    int slot = first % NBUF;
    if (count <= 0 || slot + count > NBUF || log_pending())
        return 0;
    for (int i = 0; i < count; i++)
        evict(slot + i);
    if (disk_read(first, count, buffer(slot)) < 0)
        return 0;
    for (int i = 0; i < count; i++)
        sector_of[slot + i] = first + i + 1;
    return 1;
}

/* A sector allocated in the open transaction, about to be wholly rewritten: cached as
 * zeros, dirty (fresh), without reading it. */
int *bnew(int sector)
{
    int slot = sector % NBUF;
    if (sector_of[slot] != sector + 1)
        evict(slot);
    sector_of[slot] = sector + 1;
    kmemset(buffer(slot), 0, QPU_SECTOR_WORDS);
    dirty[slot] = FRESH;
    return buffer(slot);
}

/* The cached sector changed: it joins the open transaction (unless it is fresh). */
void bdirty(int sector)
{
    int slot = sector % NBUF;
    if (sector_of[slot] == sector + 1 && dirty[slot] == CLEAN) {
        log_add(sector);                  /* may commit first: then mark it */
        dirty[slot] = LOGGED;
    }
}

/* Writes every fresh sector home (before a commit). */
void bwrite_fresh(void)
{
    for (int slot = 0; slot < NBUF; slot++) {
        if (dirty[slot] == FRESH) {
            disk_write(sector_of[slot] - 1, 1, buffer(slot));
            dirty[slot] = CLEAN;
        }
    }
}

/* The cached words of a logged sector, or 0 if it is not in the cache. */
int *blogged(int sector)
{
    int slot = sector % NBUF;
    return sector_of[slot] == sector + 1 && dirty[slot] == LOGGED ? buffer(slot) : 0;
}

/* After a commit: every logged buffer now matches the disk. */
void bcommitted(void)
{
    for (int slot = 0; slot < NBUF; slot++)
        if (dirty[slot] == LOGGED)
            dirty[slot] = CLEAN;
}

/* Forgets every cached sector (after the log was replayed under the cache). */
void breset(void)
{
    for (int slot = 0; slot < NBUF; slot++) {
        sector_of[slot] = 0;
        dirty[slot] = CLEAN;
    }
}

/* Everything changed so far reaches the disk (log_sync). */
void bflush(void)
{
    log_sync();
}

/* Drops a cached copy (its sector was freed). */
void bforget(int sector)
{
    int slot = sector % NBUF;
    if (sector_of[slot] == sector + 1) {
        dirty[slot] = CLEAN;
        sector_of[slot] = 0;
    }
    log_drop(sector);
}
