/* log.c - the write-ahead log that makes every file-system operation atomic across a
 * crash (docs/qfs-log.md). The log is the ordinary file /.qfslog (the reference sees
 * just a file): its first sector is the header (QFS_LOG_* in common/qfs.h), the rest
 * hold the logged sectors of one committed transaction.
 *
 * A transaction collects the sectors that system calls change (bcache.c's logged
 * buffers) and commits: (1) fresh sectors go home, (2) the logged sectors are copied
 * into the log, (3) the header naming their homes is written (the commit point: one
 * sector, written with one host write), (4) they are installed at home, (5) the header
 * is cleared. Recovery at mount repeats (4) and (5) when the header is not empty.
 * Transactions group the system calls of up to COMMIT_MS of machine time; close of a
 * written file, fsync, sync, exit, halt and going idle commit at once. */
#include <errno.h>
#include "kernel.h"

#define COMMIT_MS   200
#define FREED_BITS  65536               /* freed-sector map (larger disks: see below) */

static int log_sector[QFS_LOG_MAX + 1]; /* the log file's chain; [0] is the header */
static int log_size;                    /* sectors in the chain (0: no log) */
static int log_contiguous;              /* the body is one run of sectors */
static int home[QFS_LOG_MAX];           /* the open transaction: home sectors (-1 dropped) */
static int staged[QFS_LOG_MAX];         /* 1 if staging[i] holds entry i's words */
static int count;
static int staging[QFS_LOG_MAX * QFS_SECTOR_WORDS];
static int header[QFS_SECTOR_WORDS];
static int freed[FREED_BITS / 32];      /* sectors freed in the open transaction */
static int freed_any, freed_high;
static int started_ms;
static int sequence;

int log_capacity(void)
{
    return log_size > 1 ? log_size - 1 : 0;
}

int log_room(void)
{
    return log_capacity() - count;
}

int log_pending(void)
{
    return count > 0 || freed_any;
}

static int find(int sector)
{
    for (int i = 0; i < count; i++)
        if (home[i] == sector)
            return i;
    return -1;
}

/* A logged sector joins the transaction. If the log cannot hold it, the transaction
 * commits first (operations reserve room beforehand, so this is a last resort). */
void log_add(int sector)
{
    int limit = log_size ? log_capacity() : QFS_LOG_MAX;
    if (find(sector) >= 0)
        return;
    if (count >= limit) {
        if (log_size)
            kprintf("[kernel] log: transaction full, committed early\n");
        log_commit();
    }
    if (count == 0 && !freed_any)
        started_ms = clock_ms();
    home[count] = sector;
    staged[count++] = 0;
}

/* An evicted logged buffer is kept in the staging area. */
void log_stage(int sector, const int *words)
{
    int i = find(sector);
    if (i < 0)
        return;
    kmemcpy(staging + i * QFS_SECTOR_WORDS, words, QFS_SECTOR_WORDS);
    staged[i] = 1;
}

/* A sector read back into the cache: 1 (with its words replaced) if it is staged. */
int log_unstage(int sector, int *words)
{
    int i = find(sector);
    if (i < 0 || !staged[i])
        return 0;
    kmemcpy(words, staging + i * QFS_SECTOR_WORDS, QFS_SECTOR_WORDS);
    return 1;
}

void log_drop(int sector)
{
    int i = find(sector);
    if (i >= 0)
        home[i] = -1;
}

void log_freed(int sector)
{
    freed_any = 1;
    if (count == 0)
        started_ms = clock_ms();
    if (sector < FREED_BITS)
        freed[sector / 32] |= 1 << (sector % 32);
    else
        freed_high = 1;
}

/* 1 if the sector was freed in the open transaction: it may not be reused before the
 * commit (its old owner may still claim it after a crash). */
int log_was_freed(int sector)
{
    if (sector >= FREED_BITS)
        return freed_high;
    return (freed[sector / 32] >> (sector % 32)) & 1;
}

/* Writes n sectors from words to the sectors listed, one command per run. */
static void write_runs(const int *sectors, int n, int *words)
{
    for (int i = 0; i < n; ) {
        int run = 1;
        while (i + run < n && sectors[i + run] == sectors[i] + run)
            run++;
        disk_write(sectors[i], run, words + i * QFS_SECTOR_WORDS);
        i += run;
    }
}

static void write_header(int n)
{
    header[QFS_LOG_MAGIC] = QFS_LOG_MAGIC_VALUE;
    header[QFS_LOG_COUNT] = n;
    header[QFS_LOG_SEQUENCE] = sequence;
    disk_write(log_sector[0], 1, header);
}

/* Commits the open transaction (see the top of the file). */
void log_commit(void)
{
    int n = 0;
    bwrite_fresh();
    for (int i = 0; i < count; i++) {
        int *words = home[i] >= 0 ? blogged(home[i]) : 0;
        if (!words && home[i] >= 0 && staged[i])
            words = staging + i * QFS_SECTOR_WORDS;
        if (!words)
            continue;
        if (words != staging + n * QFS_SECTOR_WORDS)
            kmemcpy(staging + n * QFS_SECTOR_WORDS, words, QFS_SECTOR_WORDS);
        home[n++] = home[i];
    }
    if (n > 0 && log_size) {
        sequence++;
        write_runs(log_sector + 1, n, staging);
        for (int i = 0; i < n; i++)
            header[QFS_LOG_HOMES + i] = home[i];
        write_header(n);                  /* the commit point */
        write_runs(home, n, staging);
        write_header(0);
    } else if (n > 0) {
        write_runs(home, n, staging);     /* no log: in place, as the reference does */
    }
    bcommitted();
    count = 0;
    if (freed_any)
        kmemset(freed, 0, FREED_BITS / 32);
    freed_any = freed_high = 0;
}

/* Everything written so far reaches the disk. */
void log_sync(void)
{
    if (log_pending() || count > 0)
        log_commit();
    else
        bwrite_fresh();
    disk_flush();
}

/* Called at the end of every trap: commits a transaction that is old enough, getting
 * full, or pending when the machine goes idle. */
void log_tick(int idle)
{
    if (!log_pending()) {
        bwrite_fresh();
        return;
    }
    if (idle || clock_ms() - started_ms >= COMMIT_MS || count * 2 > log_capacity())
        log_commit();
}

/* Before an operation that may dirty `need` logged sectors: commit first if they might
 * not fit. */
void log_reserve(int need)
{
    if (count + need > log_capacity() && log_pending())
        log_commit();
}

/* ---- mount ---- */

/* Reads the log file's chain (the node of /.qfslog): 1 if it can serve as the log. */
int log_attach(int first, int (*next)(int))
{
    int s = first;
    log_size = 0;
    while (s && log_size <= QFS_LOG_MAX) {
        log_sector[log_size++] = s;
        s = next(s);
    }
    if (log_size < QFS_LOG_MIN_SECTORS || s) {
        log_size = 0;
        return 0;
    }
    log_contiguous = 1;
    for (int i = 2; i < log_size; i++)
        if (log_sector[i] != log_sector[1] + i - 1)
            log_contiguous = 0;
    return 1;
}

/* Replays a committed transaction left by a crash; returns the sectors replayed, or
 * -1 if the header was not valid (the transaction is discarded). */
int log_recover(int total)
{
    int n;
    if (!log_size || disk_read(log_sector[0], 1, header) < 0)
        return 0;
    n = header[QFS_LOG_COUNT];
    sequence = header[QFS_LOG_SEQUENCE];
    if (header[QFS_LOG_MAGIC] != QFS_LOG_MAGIC_VALUE)
        n = n == 0 ? 0 : -1;             /* a zeroed header is an empty log */
    if (n > log_capacity() || n > QFS_LOG_MAX)
        n = -1;
    for (int i = 0; i < n; i++) {
        int h = header[QFS_LOG_HOMES + i];
        if (h < 0 || h >= total)
            n = -1;
        for (int k = 0; k < log_size && n >= 0; k++)
            if (h == log_sector[k])
                n = -1;
    }
    if (n < 0) {
        kmemset(header, 0, QFS_SECTOR_WORDS);
        write_header(0);
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (disk_read(log_sector[1 + i], 1, staging + i * QFS_SECTOR_WORDS) < 0)
            return -1;
        home[i] = header[QFS_LOG_HOMES + i];
    }
    write_runs(home, n, staging);
    if (n > 0)
        write_header(0);
    return n;
}

/* 1 if the sector is part of the log file (users may not write or remove it). */
int log_owns(int first)
{
    return log_size > 0 && first == log_sector[0];
}
