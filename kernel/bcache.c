/* bcache.c - a cache of NBUF disk sectors for the file system's metadata and small
 * reads (superblock, FAT, directories, partial file sectors). Writes mark a sector
 * dirty; bflush() writes them back at the end of every system call, so the disk is
 * consistent whenever a process runs. Least recently used sectors are replaced. */
#include "kernel.h"

#define NBUF 32

struct buf {
    int sector;                       /* -1: empty */
    int dirty;
    int used;                         /* last use, for LRU */
    int data[QPU_SECTOR_WORDS];
};

static struct buf bufs[NBUF];
static int use_clock;
static int initialised;

static void init(void)
{
    for (int i = 0; i < NBUF; i++)
        bufs[i].sector = -1;
    initialised = 1;
}

static struct buf *find(int sector)
{
    for (int i = 0; i < NBUF; i++)
        if (bufs[i].sector == sector)
            return &bufs[i];
    return 0;
}

static struct buf *victim(void)
{
    struct buf *best = &bufs[0];
    for (int i = 1; i < NBUF; i++)
        if (bufs[i].used < best->used)
            best = &bufs[i];
    if (best->dirty && best->sector >= 0) {
        disk_write(best->sector, 1, best->data);
        best->dirty = 0;
    }
    return best;
}

int *bread(int sector)
{
    struct buf *b;
    if (!initialised)
        init();
    b = find(sector);
    if (!b) {
        b = victim();
        b->sector = -1;
        if (disk_read(sector, 1, b->data) < 0)
            return 0;
        b->sector = sector;
    }
    b->used = ++use_clock;
    return b->data;
}

/* A sector about to be wholly rewritten: cached as zeros, dirty, without reading it. */
int *bnew(int sector)
{
    struct buf *b;
    if (!initialised)
        init();
    b = find(sector);
    if (!b)
        b = victim();
    b->sector = sector;
    b->dirty = 1;
    b->used = ++use_clock;
    kmemset(b->data, 0, QPU_SECTOR_WORDS);
    return b->data;
}

void bdirty(int sector)
{
    struct buf *b = find(sector);
    if (b)
        b->dirty = 1;
}

void bflush(void)
{
    for (int i = 0; i < NBUF; i++) {
        if (bufs[i].dirty && bufs[i].sector >= 0)
            disk_write(bufs[i].sector, 1, bufs[i].data);
        bufs[i].dirty = 0;
    }
}

/* Drops a cached copy (after the sector was written around the cache by DMA). */
void bforget(int sector)
{
    struct buf *b = initialised ? find(sector) : 0;
    if (b) {
        b->sector = -1;
        b->dirty = 0;
    }
}
