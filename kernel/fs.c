/* fs.c - QFS v2 (spec/qfs.md, fields from common/qfs.h) on top of the sector cache:
 * the FAT, directories, path lookup, and reading and writing file bytes (packed four to
 * a word, little-endian). Paths reaching here are absolute and normalised (path.c). */
#include <errno.h>
#include "kernel.h"

#define ENTRY_AT(buf, slot) ((buf) + (slot) * QFS_ENTRY_WORDS)
#define LIVE(flags) (((flags) & QFS_FLAG_USED) && !((flags) & QFS_FLAG_DELETED))

static int total, fat_start, root_sector, data_start;
static int alloc_hint;            /* no free data sector lies below it */
static int mounted;

/* Every walk along a chain stops after `total` steps, so a corrupt FAT with a cycle
 * cannot hang the kernel. */
#define CHAIN_LOOP(var, first, guard) \
    for (int guard = 0, var = (first); var && guard < total; var = chain_next(var), guard++)

static int chain_next(int s);
static int dir_find(int first, const char *name, struct fsnode *out);
static int dir_add(int first, const char *name, int flags, int data, struct fsnode *out);
static int alloc_sector(void);
static void fat_set(int s, int value);

static int read_superblock(void)
{
    int *sb;
    /* one command for the superblock, the FAT, the root and the first directories */
    bprefetch(QFS_SUPERBLOCK_SECTOR, disk_sectors() < 32 ? disk_sectors() : 32);
    sb = bread(QFS_SUPERBLOCK_SECTOR);
    if (!sb || sb[QFS_SB_MAGIC] != QFS_MAGIC || sb[QFS_SB_VERSION] != QFS_VERSION
        || sb[QFS_SB_SECTOR_SIZE] != QFS_SECTOR_WORDS)
        return 0;
    total = sb[QFS_SB_TOTAL_SECTORS];
    fat_start = sb[QFS_SB_FAT_START];
    root_sector = sb[QFS_SB_ROOT_SECTOR];
    data_start = sb[QFS_SB_DATA_START];
    alloc_hint = data_start;
    return total > 0 && total <= disk_sectors() && fat_start == QFS_FAT_START
           && root_sector > fat_start && root_sector < total
           && data_start == root_sector + 1;
}

/* The log's size for this disk: the FAT's sectors plus QFS_LOG_EXTRA, and a header. */
static int log_sectors_wanted(void)
{
    int body = (root_sector - fat_start) + QFS_LOG_EXTRA;
    return (body < QFS_LOG_MAX ? body : QFS_LOG_MAX) + 1;
}

/* A disk without /.qfslog (made by the reference, or an older mkqfs) gets one: its
 * sectors and FAT first, the root entry last, written in place (docs/qfs-log.md). */
static int log_create(struct fsnode *out)
{
    int want = log_sectors_wanted(), first = 0, prev = 0;
    if (fs_free_sectors() < want + 8)
        return -ENOSPC;
    for (int i = 0; i < want; i++) {
        int s = alloc_sector();
        if (!s)
            return -ENOSPC;
        if (prev)
            fat_set(prev, s);
        else
            first = s;
        prev = s;
    }
    int r = dir_add(root_sector, QFS_LOG_NAME, QFS_FLAGS_FILE, first, out);
    if (r < 0)
        return r;
    int *b = bread(out->dir_sector);
    b[out->slot * QFS_ENTRY_WORDS + QFS_ENTRY_SIZE] = want * QFS_SECTOR_BYTES;
    bdirty(out->dir_sector);
    log_commit();                 /* no log attached yet: in place */
    return 0;
}

/* Makes the free count in the superblock agree with the FAT. */
static void fix_free_count(void)
{
    int free = 0, *sb;
    for (int fs = fat_start; fs < root_sector; fs++) {
        int *f = bread(fs), base = (fs - fat_start) * QFS_FAT_ENTRIES_PER_SECTOR;
        for (int i = 0; f && i < QFS_FAT_ENTRIES_PER_SECTOR; i++)
            if (base + i >= data_start && base + i < total && f[i] == QFS_FAT_FREE)
                free++;
    }
    sb = bread(QFS_SUPERBLOCK_SECTOR);
    if (sb && sb[QFS_SB_FREE_SECTORS] != free) {
        kprintf("[kernel] fs: free count %d corrected to %d\n", sb[QFS_SB_FREE_SECTORS], free);
        sb[QFS_SB_FREE_SECTORS] = free;
        bdirty(QFS_SUPERBLOCK_SECTOR);
    }
}

/* Mounts the disk: finds the log, replays a transaction a crash left in it (or makes a
 * log if there is none), then checks the free count. */
int fs_mount(void)
{
    struct fsnode lognode;
    int replayed;
    if (!read_superblock())
        return 0;
    mounted = 1;
    if (dir_find(root_sector, QFS_LOG_NAME, &lognode) == 0
        && !(lognode.flags & QFS_FLAG_DIRECTORY) && log_attach(lognode.first, chain_next)) {
        replayed = log_recover(total);
        if (replayed != 0) {
            if (replayed < 0)
                kprintf("[kernel] fs: log header not valid, discarded\n");
            breset();
            if (!read_superblock())
                return mounted = 0;
        }
    } else if (log_create(&lognode) == 0) {
        log_attach(lognode.first, chain_next);
    }
    fix_free_count();
    log_commit();
    return mounted;
}

int fs_free_sectors(void)
{
    int *sb = bread(QFS_SUPERBLOCK_SECTOR);
    return sb ? sb[QFS_SB_FREE_SECTORS] : 0;
}

/* Room in the log for one metadata operation: every FAT sector, the superblock and
 * a few directory sectors (docs/qfs-log.md). */
static void begin_op(void)
{
    int need = root_sector - fat_start + 6;
    log_reserve(need < log_capacity() ? need : log_capacity());
}

/* 1 if n is the log file, which users may not write, rename or remove. */
static int is_log(struct fsnode *n)
{
    return !(n->flags & QFS_FLAG_DIRECTORY) && log_owns(n->first);
}

/* ---- the FAT ---- */

static int fat_get(int s)
{
    int *f = bread(fat_start + s / QFS_FAT_ENTRIES_PER_SECTOR);
    return f ? f[s % QFS_FAT_ENTRIES_PER_SECTOR] : QFS_FAT_END;
}

static void fat_set(int s, int value)
{
    int sector = fat_start + s / QFS_FAT_ENTRIES_PER_SECTOR;
    int *f = bread(sector);
    if (f) {
        f[s % QFS_FAT_ENTRIES_PER_SECTOR] = value;
        bdirty(sector);
    }
}

static void adjust_free(int delta)
{
    int *sb = bread(QFS_SUPERBLOCK_SECTOR);
    if (sb) {
        sb[QFS_SB_FREE_SECTORS] += delta;
        bdirty(QFS_SUPERBLOCK_SECTOR);
    }
}

/* The next sector of a chain, or 0 at its end. */
static int chain_next(int s)
{
    int next = fat_get(s);
    return next == QFS_FAT_END || next <= 0 || next >= total ? 0 : next;
}

/* The lowest free data sector, marked end of chain and zeroed; 0 if the disk is full. */
static int alloc_sector(void)
{
    for (int s = alloc_hint; s < total; ) {
        int fs = fat_start + s / QFS_FAT_ENTRIES_PER_SECTOR;
        int *f = bread(fs);
        if (!f)
            return 0;
        for (int i = s % QFS_FAT_ENTRIES_PER_SECTOR; i < QFS_FAT_ENTRIES_PER_SECTOR
                                                     && s < total; i++, s++) {
            if (f[i] == QFS_FAT_FREE && !log_was_freed(s)) {
                f[i] = QFS_FAT_END;
                bdirty(fs);
                adjust_free(-1);
                alloc_hint = s + 1;
                bnew(s);
                return s;
            }
        }
    }
    return 0;
}

static void free_chain(int s)
{
    for (int guard = 0; s >= data_start && s < total && guard < total; guard++) {
        int next = chain_next(s);
        fat_set(s, QFS_FAT_FREE);
        adjust_free(1);
        bforget(s);
        log_freed(s);
        if (s < alloc_hint)
            alloc_hint = s;
        s = next;
    }
}

/* The k-th sector (from 0) of n's chain; with extend, missing sectors are allocated.
 * 0 if there is none (or the disk is full). */
static int nth_sector(struct fsnode *n, int k, int extend)
{
    int s = n->first, i = 0;
    if (n->walk_s && n->walk_k <= k) {
        s = n->walk_s;
        i = n->walk_k;
    }
    if (!s && extend)
        s = n->first = alloc_sector();
    while (s && i < k) {
        int next = chain_next(s);
        if (!next && extend) {
            next = alloc_sector();
            if (next)
                fat_set(s, next);
        }
        s = next;
        i++;
    }
    if (s) {
        n->walk_k = k;
        n->walk_s = s;
    }
    return s;
}

/* ---- directories ---- */

static int name_eq(const int *entry, const char *name)
{
    for (int k = 0; k < QFS_NAME_MAX; k++) {
        int c = entry[QFS_ENTRY_NAME + k] & 0xFF;
        if (c != name[k])
            return 0;
        if (c == 0)
            return 1;
    }
    return name[QFS_NAME_MAX] == 0;
}

static void node_from(struct fsnode *n, int sector, int slot, const int *e)
{
    n->dir_sector = sector;
    n->slot = slot;
    n->flags = e[QFS_ENTRY_FLAGS];
    n->first = e[QFS_ENTRY_FIRST_SECTOR];
    n->size = e[QFS_ENTRY_SIZE];
    n->walk_s = 0;
    n->walk_k = 0;
}

static void root_node(struct fsnode *n)
{
    n->dir_sector = -1;
    n->slot = 0;
    n->flags = QFS_FLAGS_DIR;
    n->first = root_sector;
    n->size = 0;
    n->walk_s = 0;
    n->walk_k = 0;
}

static int dir_find(int first, const char *name, struct fsnode *out)
{
    CHAIN_LOOP(s, first, guard) {
        int *b = bread(s);
        if (!b)
            return -EIO;
        for (int slot = 0; slot < QFS_ENTRIES_PER_SECTOR; slot++) {
            int *e = ENTRY_AT(b, slot);
            if (LIVE(e[QFS_ENTRY_FLAGS]) && name_eq(e, name)) {
                node_from(out, s, slot, e);
                return 0;
            }
        }
    }
    return -ENOENT;
}

/* Writes a new entry in the first free slot of the directory, growing it if needed. */
static int dir_add(int first, const char *name, int flags, int data, struct fsnode *out)
{
    int s = first, last = first, slot = -1, *b = 0, guard = 0;
    for (; s && slot < 0 && guard < total; s = slot < 0 ? chain_next(s) : s, guard++) {
        last = s;
        b = bread(s);
        if (!b)
            return -EIO;
        for (int i = 0; i < QFS_ENTRIES_PER_SECTOR && slot < 0; i++) {
            int f = ENTRY_AT(b, i)[QFS_ENTRY_FLAGS];
            if (f == QFS_FLAGS_UNUSED || (f & QFS_FLAG_DELETED))
                slot = i;
        }
    }
    if (slot < 0) {
        s = alloc_sector();
        if (!s)
            return -ENOSPC;
        fat_set(last, s);
        slot = 0;
    }
    b = bread(s);
    int *e = ENTRY_AT(b, slot);
    kmemset(e, 0, QFS_ENTRY_WORDS);
    e[QFS_ENTRY_FLAGS] = flags;
    e[QFS_ENTRY_FIRST_SECTOR] = data;
    for (int k = 0; k < QFS_NAME_MAX && name[k]; k++)
        e[QFS_ENTRY_NAME + k] = name[k];
    bdirty(s);
    node_from(out, s, slot, e);
    return 0;
}

/* Writes n's first sector and size back into its directory entry. */
static void node_store(struct fsnode *n)
{
    int *b;
    if (n->dir_sector < 0 || !(b = bread(n->dir_sector)))
        return;
    ENTRY_AT(b, n->slot)[QFS_ENTRY_FIRST_SECTOR] = n->first;
    ENTRY_AT(b, n->slot)[QFS_ENTRY_SIZE] = n->size;
    bdirty(n->dir_sector);
}

/* ---- paths ---- */

/* Splits off the last component: *name points into path; parent gets the rest. */
static int lookup_parent(const char *path, struct fsnode *parent, const char **name)
{
    char dir[PATH_MAX];
    int cut = kstrlen(path);
    while (cut > 0 && path[cut - 1] != '/')
        cut--;
    *name = path + cut;
    if (**name == 0)
        return -EEXIST;             /* the root */
    kstrlcpy(dir, path, cut > 1 ? cut : 2);
    int r = fs_lookup(dir, parent);
    if (r == 0 && !(parent->flags & QFS_FLAG_DIRECTORY))
        r = -ENOTDIR;
    return r;
}

int fs_lookup(const char *path, struct fsnode *out)
{
    char name[QFS_NAME_MAX + 1];
    if (!mounted)
        return -ENODEV;
    root_node(out);
    while (*path) {
        int n = 0;
        while (*path == '/')
            path++;
        if (!*path)
            break;
        if (!(out->flags & QFS_FLAG_DIRECTORY))
            return -ENOTDIR;
        while (*path && *path != '/' && n < QFS_NAME_MAX)
            name[n++] = *path++;
        if (*path && *path != '/')
            return -ENAMETOOLONG;
        name[n] = 0;
        int r = dir_find(out->first, name, out);
        if (r < 0)
            return r;
    }
    return 0;
}

int fs_create(const char *path, int flags, struct fsnode *out)
{
    struct fsnode parent, old;
    const char *name;
    int data = 0, r = lookup_parent(path, &parent, &name);
    if (r < 0)
        return r;
    begin_op();
    for (const char *c = name; *c; c++)
        if (*c < 0x20 || *c > 0x7E)
            return -EINVAL;             /* names are printable ASCII (spec/qfs.md) */
    if (dir_find(parent.first, name, &old) == 0)
        return -EEXIST;
    if (flags & QFS_FLAG_DIRECTORY) {
        data = alloc_sector();
        if (!data)
            return -ENOSPC;
    }
    return dir_add(parent.first, name, flags, data, out);
}

static int dir_is_empty(struct fsnode *dir)
{
    int entry[QFS_ENTRY_WORDS];
    return fs_dirent(dir, 0, entry) < 0;
}

int fs_remove(const char *path)
{
    struct fsnode n;
    int r = fs_lookup(path, &n);
    int *b;
    if (r < 0)
        return r;
    if (n.dir_sector < 0)
        return -EBUSY;              /* the root */
    if ((n.flags & QFS_FLAG_DIRECTORY) && !dir_is_empty(&n))
        return -EISDIR;
    if (is_log(&n))
        return -EPERM;
    begin_op();
    free_chain(n.first);
    b = bread(n.dir_sector);
    if (!b)
        return -EIO;
    ENTRY_AT(b, n.slot)[QFS_ENTRY_FLAGS] = QFS_FLAGS_DELETED_ENTRY;
    bdirty(n.dir_sector);
    return 0;
}

int fs_is_root(struct fsnode *n)
{
    return n->dir_sector < 0;
}

/* unlink (want_dir 0: a file), rmdir (1: an empty directory) or either (-1). */
int fs_unlink(const char *path, int want_dir)
{
    struct fsnode n;
    int r = fs_lookup(path, &n);
    if (r < 0)
        return r;
    if (n.dir_sector < 0)
        return -EBUSY;              /* the root */
    if (want_dir == 0 && (n.flags & QFS_FLAG_DIRECTORY))
        return -EISDIR;
    if (want_dir == 1 && !(n.flags & QFS_FLAG_DIRECTORY))
        return -ENOTDIR;
    if ((n.flags & QFS_FLAG_DIRECTORY) && !dir_is_empty(&n))
        return -ENOTEMPTY;
    if (file_busy(&n))
        return -EBUSY;
    return fs_remove(path);
}

/* 1 if path lies inside the directory dir (or is dir itself). */
static int path_within(const char *path, const char *dir)
{
    int k = 0;
    while (dir[k] && path[k] == dir[k])
        k++;
    return dir[k] == 0 && (path[k] == 0 || path[k] == '/');
}

/* Checks whether new may be replaced by old: 0 if so, 1 if new does not exist. */
static int rename_target_ok(struct fsnode *old, const char *new_path, struct fsnode *target)
{
    int r = fs_lookup(new_path, target);
    if (r == -ENOENT)
        return 1;
    if (r < 0)
        return r;
    if (target->dir_sector < 0)
        return -EBUSY;
    if (is_log(target))
        return -EPERM;
    if ((old->flags & QFS_FLAG_DIRECTORY) && !(target->flags & QFS_FLAG_DIRECTORY))
        return -ENOTDIR;
    if (!(old->flags & QFS_FLAG_DIRECTORY) && (target->flags & QFS_FLAG_DIRECTORY))
        return -EISDIR;
    if ((target->flags & QFS_FLAG_DIRECTORY) && !dir_is_empty(target))
        return -ENOTEMPTY;
    if (file_busy(target))
        return -EBUSY;
    return 0;
}

/* Writes old's entry under name into the slot of target (replacing it), or into a new
 * slot of the directory parent. */
static int rename_store(struct fsnode *old, struct fsnode *parent, const char *name,
                        struct fsnode *target, int replace, struct fsnode *out)
{
    int *b, *e;
    if (!replace)
        return dir_add(parent->first, name, old->flags, old->first, out) < 0
               ? -ENOSPC : 0;
    free_chain(target->first);
    b = bread(target->dir_sector);
    if (!b)
        return -EIO;
    e = ENTRY_AT(b, target->slot);
    kmemset(e, 0, QFS_ENTRY_WORDS);
    e[QFS_ENTRY_FLAGS] = old->flags;
    e[QFS_ENTRY_FIRST_SECTOR] = old->first;
    for (int k = 0; k < QFS_NAME_MAX && name[k]; k++)
        e[QFS_ENTRY_NAME + k] = name[k];
    bdirty(target->dir_sector);
    node_from(out, target->dir_sector, target->slot, e);
    return 0;
}

/* rename(2): one entry moves (or replaces another); the caller commits it whole. */
int fs_rename(const char *old_path, const char *new_path)
{
    struct fsnode old, parent, target, moved;
    const char *name;
    int *b, replace, r = fs_lookup(old_path, &old);
    if (r < 0)
        return r;
    if (old.dir_sector < 0)
        return -EBUSY;
    if (is_log(&old))
        return -EPERM;
    if (kstrcmp(old_path, new_path) == 0)
        return 0;
    if ((old.flags & QFS_FLAG_DIRECTORY) && path_within(new_path, old_path))
        return -EINVAL;             /* a directory cannot move into itself */
    r = lookup_parent(new_path, &parent, &name);
    if (r < 0)
        return r;
    for (const char *c = name; *c; c++)
        if (*c < 0x20 || *c > 0x7E)
            return -EINVAL;
    replace = rename_target_ok(&old, new_path, &target);
    if (replace < 0)
        return replace;
    replace = !replace;
    begin_op();
    /* the entry still holds the old size: write the node's (it may be open) */
    b = bread(old.dir_sector);
    if (!b)
        return -EIO;
    old.size = ENTRY_AT(b, old.slot)[QFS_ENTRY_SIZE];
    r = rename_store(&old, &parent, name, &target, replace, &moved);
    if (r < 0)
        return r;
    b = bread(moved.dir_sector);
    if (!b)
        return -EIO;
    ENTRY_AT(b, moved.slot)[QFS_ENTRY_SIZE] = old.size;
    bdirty(moved.dir_sector);
    b = bread(old.dir_sector);
    if (!b)
        return -EIO;
    ENTRY_AT(b, old.slot)[QFS_ENTRY_FLAGS] = QFS_FLAGS_DELETED_ENTRY;
    bdirty(old.dir_sector);
    node_moved(old.dir_sector, old.slot, moved.dir_sector, moved.slot);
    return 0;
}

/* Sectors in n's chain. */
int fs_chain_length(struct fsnode *n)
{
    int count = 0;
    CHAIN_LOOP(s, n->first, guard)
        count++;
    return count;
}

/* The index (counted across the chain) of the first live entry at or after index,
 * with its words copied to entry_out; -1 after the last. */
int fs_dirent(struct fsnode *dir, int index, int *entry_out)
{
    int s = index / QFS_ENTRIES_PER_SECTOR < total
            ? nth_sector(dir, index / QFS_ENTRIES_PER_SECTOR, 0) : 0;
    for (int guard = index / QFS_ENTRIES_PER_SECTOR; s && guard < total;
         s = chain_next(s), guard++) {
        int *b = bread(s);
        if (!b)
            return -1;
        for (int slot = index % QFS_ENTRIES_PER_SECTOR; slot < QFS_ENTRIES_PER_SECTOR;
             slot++, index++) {
            int *e = ENTRY_AT(b, slot);
            if (LIVE(e[QFS_ENTRY_FLAGS]) && !(dir->dir_sector < 0
                && !(e[QFS_ENTRY_FLAGS] & QFS_FLAG_DIRECTORY)
                && log_owns(e[QFS_ENTRY_FIRST_SECTOR]))) {   /* the log is hidden */
                kmemcpy(entry_out, e, QFS_ENTRY_WORDS);
                return index;
            }
        }
    }
    return -1;
}

/* ---- file bytes ---- */

int fs_read(struct fsnode *n, int pos, char *dst, int len)
{
    int done = 0;
    if (pos >= n->size)
        return 0;
    if (len > n->size - pos)
        len = n->size - pos;
    while (done < len) {
        int s = nth_sector(n, pos / QFS_SECTOR_BYTES, 0);
        int *b = s ? bread(s) : 0;
        if (!b)
            return done > 0 ? done : -EIO;
        for (int off = pos % QFS_SECTOR_BYTES; off < QFS_SECTOR_BYTES && done < len;
             off++, pos++)
            dst[done++] = (b[off / 4] >> (8 * (off % 4))) & 0xFF;
    }
    return done;
}

/* A write too large for one transaction is cut into several, each leaving the file
 * consistent (its size covering what was written so far). */
int fs_write(struct fsnode *n, int pos, const char *src, int len)
{
    int done = 0;
    if (is_log(n))
        return -EPERM;
    while (done < len) {
        if (log_room() < 4) {
            if (pos > n->size)
                n->size = pos;
            node_store(n);
            log_commit();
        }
        int s = nth_sector(n, pos / QFS_SECTOR_BYTES, 1);
        int *b = s ? bread(s) : 0;
        if (!b)
            break;
        for (int off = pos % QFS_SECTOR_BYTES; off < QFS_SECTOR_BYTES && done < len;
             off++, pos++) {
            int shift = 8 * (off % 4);
            b[off / 4] = (b[off / 4] & ~(0xFF << shift)) | ((src[done++] & 0xFF) << shift);
        }
        bdirty(s);
    }
    if (pos > n->size)
        n->size = pos;
    node_store(n);
    return done > 0 || len == 0 ? done : -ENOSPC;
}

int fs_truncate(struct fsnode *n)
{
    if (is_log(n))
        return -EPERM;
    begin_op();
    free_chain(n->first);
    n->first = 0;
    n->size = 0;
    n->walk_s = 0;
    node_store(n);
    return 0;
}

/* Cuts the file to length bytes (zeroing the rest of its last sector, so a later
 * extension reads zeros) or extends it with zeros. */
int fs_resize(struct fsnode *n, int length)
{
    static const char zeros[64];
    int keep, last, *b;
    if (length == 0 || is_log(n))
        return fs_truncate(n);
    begin_op();
    if (length >= n->size) {
        while (n->size < length) {
            int want = length - n->size < 64 ? length - n->size : 64;
            int w = fs_write(n, n->size, zeros, want);
            if (w < want)
                return -ENOSPC;
        }
        return 0;
    }
    keep = (length + QFS_SECTOR_BYTES - 1) / QFS_SECTOR_BYTES;
    last = nth_sector(n, keep - 1, 0);
    if (last) {
        int rest = chain_next(last);
        if (rest) {
            fat_set(last, QFS_FAT_END);
            free_chain(rest);
        }
        b = bread(last);
        for (int off = length % QFS_SECTOR_BYTES; b && off && off < QFS_SECTOR_BYTES; off++)
            b[off / 4] &= ~(0xFF << (8 * (off % 4)));
        if (b)
            bdirty(last);
    }
    n->size = length;
    n->walk_s = 0;
    n->walk_k = 0;
    node_store(n);
    return 0;
}

/* Reads the first nwords words of a file (a .qbin) straight into physical memory,
 * one device command per run of consecutive sectors. dst must have room for whole
 * sectors. */
int fs_read_words(struct fsnode *n, int *dst, int nwords)
{
    int sectors = (nwords + QFS_SECTOR_WORDS - 1) / QFS_SECTOR_WORDS;
    int s = n->first, k = 0;
    log_commit();                 /* the device reads what the disk holds */
    while (k < sectors) {
        int start = s, count = 1;
        if (!s)
            return -EIO;
        while (k + count < sectors) {
            int next = chain_next(s);
            if (next != s + 1)
                break;
            s = next;
            count++;
        }
        if (disk_read(start, count, dst + k * QFS_SECTOR_WORDS) < 0)
            return -EIO;
        k += count;
        s = chain_next(s);
    }
    return 0;
}
