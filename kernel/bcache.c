/* bcache.c - a direct-mapped cache of NBUF disk sectors (sector s lives in buffer
 * s % NBUF) for the file system's metadata and small reads: superblock, FAT,
 * directories, partial file sectors. Buffers are contiguous in memory, so a run of
 * consecutive sectors can be read with one device command (bprefetch, used at mount
 * for the superblock, FAT and root). Writes mark a sector dirty; bflush() writes them
 * back at the end of every system call, so the disk is consistent whenever a process
 * runs. */
#include "kernel.h"

#define NBUF 64

static int data[NBUF * QPU_SECTOR_WORDS];
static int sector_of[NBUF];     /* sector + 1 held by each buffer, 0 = empty */
static int dirty[NBUF];
static int ndirty;

static int *buffer(int slot)
{
    return data + slot * QPU_SECTOR_WORDS;
}

/* Makes slot free for a new sector, writing its old one back if needed. */
static void evict(int slot)
{
    if (dirty[slot]) {
        disk_write(sector_of[slot] - 1, 1, buffer(slot));
        dirty[slot] = 0;
        ndirty--;
    }
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
    }
    return buffer(slot);
}

/* Reads sectors first..first+count-1 into the cache with one command when their
 * buffers are consecutive; returns 1 if it did. */
int bprefetch(int first, int count)
{
    int slot = first % NBUF;
    if (count <= 0 || slot + count > NBUF)
        return 0;
    for (int i = 0; i < count; i++)
        evict(slot + i);
    if (disk_read(first, count, buffer(slot)) < 0)
        return 0;
    for (int i = 0; i < count; i++)
        sector_of[slot + i] = first + i + 1;
    return 1;
}

/* A sector about to be wholly rewritten: cached as zeros, dirty, without reading it. */
int *bnew(int sector)
{
    int slot = sector % NBUF;
    if (sector_of[slot] != sector + 1)
        evict(slot);
    sector_of[slot] = sector + 1;
    kmemset(buffer(slot), 0, QPU_SECTOR_WORDS);
    bdirty(sector);
    return buffer(slot);
}

void bdirty(int sector)
{
    int slot = sector % NBUF;
    if (sector_of[slot] == sector + 1 && !dirty[slot]) {
        dirty[slot] = 1;
        ndirty++;
    }
}

void bflush(void)
{
    for (int slot = 0; ndirty > 0 && slot < NBUF; slot++) {
        if (dirty[slot]) {
            disk_write(sector_of[slot] - 1, 1, buffer(slot));
            dirty[slot] = 0;
            ndirty--;
        }
    }
}

/* Drops a cached copy (its sector was freed). */
void bforget(int sector)
{
    int slot = sector % NBUF;
    if (sector_of[slot] == sector + 1) {
        if (dirty[slot])
            ndirty--;
        dirty[slot] = 0;
        sector_of[slot] = 0;
    }
}
