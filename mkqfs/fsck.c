/* fsck.c - the checker: every invariant of QFS v2 (superblock fields, reserved FAT
 * entries, chains that end and neither loop nor cross, file sizes matching their chains,
 * directory entries, names, no orphan sectors, the free count), each problem reported
 * with its location. Sectors are claimed by at most one chain (owner[]), which makes
 * every walk finite and finds loops and cross-links exactly. */
#include "mkqfs.h"

#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PRINTED 100  /* problems printed; the rest are only counted */
#define PATH_CHARS 1024  /* longest path printed in a message */

struct object { /* a directory or file reached from the root; id 0 is the root */
    uint32_t parent;
    char name[QFS_NAME_MAX + 1];
};

struct fsck {
    const struct qfs *fs;
    bool quiet;
    int problems;
    char *first;
    size_t first_len;
    uint32_t *owner; /* per sector: 0 unclaimed, else object id + 1 */
    struct object *objects;
    uint32_t n_objects, cap_objects;
    uint32_t files, dirs;
};

static void problem(struct fsck *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(struct fsck *k, const char *fmt, ...)
{
    char msg[PATH_CHARS + 300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (k->problems == 0 && k->first)
        snprintf(k->first, k->first_len, "%s", msg);
    if (!k->quiet && k->problems < MAX_PRINTED)
        printf("%s: %s\n", k->fs->path, msg);
    k->problems++;
}

/* The path of an object, keeping the end when it is longer than the buffer. */
static void object_path(const struct fsck *k, uint32_t id, char *out, size_t cap)
{
    char tmp[PATH_CHARS];
    size_t pos = sizeof tmp - 1;
    tmp[pos] = '\0';
    for (uint32_t i = id, depth = 0; i != 0 && depth < k->n_objects;
         i = k->objects[i].parent, depth++) {
        size_t n = strlen(k->objects[i].name);
        if (pos < n + 1) {
            tmp[--pos] = '.', tmp[--pos] = '.', tmp[--pos] = '.';
            break;
        }
        pos -= n;
        memcpy(tmp + pos, k->objects[i].name, n);
        tmp[--pos] = '/';
    }
    snprintf(out, cap, "%s", id == 0 ? "/" : tmp + pos);
}

static uint32_t add_object(struct fsck *k, uint32_t parent, const char *name)
{
    if (k->n_objects == k->cap_objects) {
        k->cap_objects = k->cap_objects ? k->cap_objects * 2 : 64;
        k->objects = xrealloc(k->objects, k->cap_objects * sizeof *k->objects);
    }
    struct object *o = &k->objects[k->n_objects];
    o->parent = parent;
    snprintf(o->name, sizeof o->name, "%s", name);
    return k->n_objects++;
}

/* Claims the chain of object `id` from `first`; returns its sectors (possibly cut short
 * at the first problem). */
static void claim_chain(struct fsck *k, uint32_t id, uint32_t first, struct chain *c)
{
    const struct qfs *fs = k->fs;
    char path[PATH_CHARS];
    object_path(k, id, path, sizeof path);
    uint32_t cap = 0;
    memset(c, 0, sizeof *c);
    if (id != 0 && !fat_is_data(fs, first)) {
        problem(k, "%s: first sector %u is outside the data area (%u..%u)", path, first,
                fs->data_start, fs->total - 1);
        return;
    }
    for (uint32_t s = first;;) {
        if (k->owner[s] == id + 1) {
            problem(k, "%s: FAT chain loops back to sector %u", path, s);
            return;
        }
        if (k->owner[s] != 0) {
            char other[PATH_CHARS];
            object_path(k, k->owner[s] - 1, other, sizeof other);
            problem(k, "%s: sector %u is also in the chain of %s (cross-linked)", path, s, other);
            return;
        }
        k->owner[s] = id + 1;
        if (c->n == cap) {
            cap = cap ? cap * 2 : 8;
            c->sectors = xrealloc(c->sectors, cap * sizeof *c->sectors);
        }
        c->sectors[c->n++] = s;
        uint32_t next = fat_get(fs, s);
        if (next == QFS_FAT_END || (next == QFS_FAT_FREE && s == fs->root))
            return;
        if (next == QFS_FAT_FREE) {
            problem(k, "%s: sector %u is in its chain but its FAT entry is 0 (free)", path, s);
            return;
        }
        if (!fat_is_data(fs, next)) {
            problem(k, "%s: FAT entry of sector %u is 0x%08X, outside the data area", path, s,
                    next);
            return;
        }
        s = next;
    }
}

/* Checks the words of an entry other than flags, first sector and size. */
static void check_entry_words(struct fsck *k, uint32_t sector, uint32_t index,
                              const char *where)
{
    const struct qfs *fs = k->fs;
    uint32_t base = index * QFS_ENTRY_WORDS;
    if (qfs_get(fs, sector, base + QFS_ENTRY_ZERO) != 0)
        problem(k, "%s: word 3 is 0x%08X, must be 0", where, qfs_get(fs, sector, base + 3));
    for (uint32_t w = QFS_ENTRY_TAIL; w < QFS_ENTRY_WORDS; w++)
        if (qfs_get(fs, sector, base + w) != 0)
            problem(k, "%s: word %u is 0x%08X, must be 0", where, w, qfs_get(fs, sector, base + w));
    uint32_t len = 0;
    bool ended = false;
    for (uint32_t i = 0; i < QFS_NAME_MAX; i++) {
        uint32_t c = qfs_get(fs, sector, base + QFS_ENTRY_NAME + i);
        if (c == 0) {
            ended = true;
        } else if (ended) {
            problem(k, "%s: name word %u is 0x%08X after the name's end", where, i, c);
            break;
        } else if (c < 0x20 || c > 0x7E || c == QFS_PATH_SEPARATOR) {
            problem(k, "%s: name character %u is 0x%08X (not printable ASCII, or '/')", where,
                    i, c);
            break;
        } else {
            len++;
        }
    }
    if (len == 0)
        problem(k, "%s: empty name", where);
}

struct pending { /* a directory whose entries are still to be checked */
    uint32_t id;
    struct chain chain;
};

struct queue {
    struct pending *items;
    uint32_t head, n, cap;
};

static void queue_push(struct queue *q, uint32_t id, struct chain c)
{
    if (q->n == q->cap) {
        q->cap = q->cap ? q->cap * 2 : 16;
        q->items = xrealloc(q->items, q->cap * sizeof *q->items);
    }
    q->items[q->n++] = (struct pending){id, c};
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(((const struct qfs_entry *)a)->name, ((const struct qfs_entry *)b)->name);
}

/* Reports live entries of one directory that share a name. */
static void check_duplicates(struct fsck *k, uint32_t dir, struct qfs_entry *live, uint32_t n)
{
    qsort(live, n, sizeof *live, compare_names);
    char path[PATH_CHARS];
    object_path(k, dir, path, sizeof path);
    for (uint32_t i = 1; i < n; i++)
        if (strcmp(live[i - 1].name, live[i].name) == 0)
            problem(k, "%s: two live entries are named '%s'", path, live[i].name);
}

/* Checks a file's chain against its size. */
static void check_file(struct fsck *k, uint32_t id, const struct qfs_entry *e, const char *where)
{
    k->files++;
    if (e->size == 0) {
        if (e->first != 0)
            problem(k, "%s: empty file has first sector %u (must be 0)", where, e->first);
        return;
    }
    if (e->first == 0) {
        problem(k, "%s: size %u but no first sector", where, e->size);
        return;
    }
    int before = k->problems;
    struct chain c;
    claim_chain(k, id, e->first, &c);
    uint32_t need = data_sectors_for(e->size);
    if (k->problems == before && c.n != need)
        problem(k, "%s: size %u needs %u sector%s but the chain has %u", where, e->size, need,
                need == 1 ? "" : "s", c.n);
    chain_free(&c);
}

static void check_subdir(struct fsck *k, uint32_t id, const struct qfs_entry *e,
                         const char *where, struct queue *q)
{
    k->dirs++;
    if (e->size != 0)
        problem(k, "%s: directory size is %u, must be 0", where, e->size);
    if (e->first == 0) {
        problem(k, "%s: directory has no sector", where);
        return;
    }
    struct chain c;
    claim_chain(k, id, e->first, &c);
    if (c.n > 0)
        queue_push(q, id, c);
    else
        chain_free(&c);
}

/* Checks every slot of the directory `id` stored in `c`, queueing its subdirectories. */
static void check_directory(struct fsck *k, uint32_t id, const struct chain *c, struct queue *q)
{
    uint32_t n = c->n * QFS_ENTRIES_PER_SECTOR, n_live = 0;
    struct qfs_entry *live = xcalloc(n, sizeof *live);
    char path[PATH_CHARS], where[PATH_CHARS + 100];
    object_path(k, id, path, sizeof path);
    for (uint32_t i = 0; i < n; i++) {
        struct qfs_slot slot = {c->sectors[i / QFS_ENTRIES_PER_SECTOR],
                                i % QFS_ENTRIES_PER_SECTOR, i};
        struct qfs_entry e;
        entry_read(k->fs, slot, &e);
        if (e.flags == QFS_FLAGS_UNUSED || e.flags == QFS_FLAGS_DELETED_ENTRY)
            continue;
        snprintf(where, sizeof where, "%s slot %u (sector %u, entry %u)", path, i,
                 slot.sector, slot.index);
        check_entry_words(k, slot.sector, slot.index, where);
        if (e.flags != QFS_FLAGS_FILE && e.flags != QFS_FLAGS_EXEC_FILE &&
            e.flags != QFS_FLAGS_DIR) {
            problem(k, "%s: invalid flags 0x%02X", where, e.flags);
            continue;
        }
        live[n_live++] = e;
        uint32_t child = add_object(k, id, e.name);
        object_path(k, child, where, sizeof where);
        if (entry_is_dir(&e))
            check_subdir(k, child, &e, where, q);
        else
            check_file(k, child, &e, where);
    }
    check_duplicates(k, id, live, n_live);
    free(live);
}

/* Walks the tree from the root, breadth first. */
static void check_tree(struct fsck *k)
{
    struct queue q = {0};
    struct chain root;
    add_object(k, 0, "");
    claim_chain(k, 0, k->fs->root, &root);
    queue_push(&q, 0, root);
    for (; q.head < q.n; q.head++) {
        struct pending p = q.items[q.head];
        check_directory(k, p.id, &p.chain, &q);
        chain_free(&q.items[q.head].chain);
    }
    free(q.items);
}

static void check_superblock(struct fsck *k)
{
    const struct qfs *fs = k->fs;
    for (uint32_t w = QFS_SB_WORDS; w < QFS_SECTOR_WORDS; w++)
        if (qfs_get(fs, QFS_SUPERBLOCK_SECTOR, w) != 0)
            problem(k, "superblock word %u is 0x%08X, must be 0", w,
                    qfs_get(fs, QFS_SUPERBLOCK_SECTOR, w));
    if (fs->len != (size_t)fs->total * QFS_SECTOR_BYTES)
        problem(k, "image length is %zu bytes, superblock word 3 (totalSectors) says %u "
                "sectors (%zu bytes)", fs->len, fs->total, (size_t)fs->total * QFS_SECTOR_BYTES);
}

/* Entries that must stay 0: superblock and FAT sectors, and past the last sector. */
static void check_reserved_fat(struct fsck *k)
{
    const struct qfs *fs = k->fs;
    uint32_t end = fs->fat_sectors * QFS_FAT_ENTRIES_PER_SECTOR;
    for (uint32_t s = 0; s < end; s++) {
        if (s == fs->root || fat_is_data(fs, s) || fat_get(fs, s) == QFS_FAT_FREE)
            continue;
        problem(k, "FAT entry %u (%s) is 0x%08X, must be 0", s,
                s < fs->total ? "a superblock or FAT sector" : "past the last sector",
                fat_get(fs, s));
    }
}

/* Data sectors in no chain must be free; the free count must match. */
static void check_data_sectors(struct fsck *k)
{
    const struct qfs *fs = k->fs;
    uint32_t free_sectors = 0;
    for (uint32_t s = fs->data_start; s < fs->total; s++) {
        uint32_t v = fat_get(fs, s);
        if (v == QFS_FAT_FREE)
            free_sectors++;
        else if (k->owner[s] == 0 && v == QFS_FAT_RESERVED)
            problem(k, "sector %u: FAT entry is RESERVED (0xFFFFFFFE), which is never written", s);
        else if (k->owner[s] == 0)
            problem(k, "sector %u: orphan: FAT entry 0x%08X but in no chain", s, v);
    }
    if (free_sectors != fs->free_count)
        problem(k, "superblock word 8 (freeSectors) is %u, but %u data sectors are free",
                fs->free_count, free_sectors);
}

int fsck_run(const struct qfs *fs, bool quiet, char *first, size_t first_len)
{
    struct fsck k = {.fs = fs, .quiet = quiet, .first = first, .first_len = first_len};
    k.owner = xcalloc(fs->total, sizeof *k.owner);
    check_superblock(&k);
    check_reserved_fat(&k);
    check_tree(&k);
    check_data_sectors(&k);
    /* a transaction waiting in the log (the checks above saw it replayed in memory);
     * the edit commands (quiet) write the replayed image back, so they go on */
    if (!quiet && fs->log_replayed > 0)
        problem(&k, "/%s holds a committed transaction of %ld sectors not yet replayed "
                "on the disk (boot the kernel or run fsck --repair)", QFS_LOG_NAME,
                fs->log_replayed);
    else if (!quiet && fs->log_replayed < 0)
        problem(&k, "/%s has a header that is not valid", QFS_LOG_NAME);
    if (!quiet && k.problems > MAX_PRINTED)
        printf("%s: ... %d more problems not shown\n", fs->path, k.problems - MAX_PRINTED);
    if (!quiet && k.problems)
        printf("%s: %d problem%s found\n", fs->path, k.problems, k.problems == 1 ? "" : "s");
    else if (!quiet)
        printf("%s: clean: %u file%s, %u director%s, %u of %u data sectors free\n", fs->path,
               k.files, k.files == 1 ? "" : "s", k.dirs, k.dirs == 1 ? "y" : "ies",
               fs->free_count, fs->total - fs->data_start);
    free(k.owner);
    free(k.objects);
    return k.problems;
}

bool fsck_before_change(const struct qfs *fs)
{
    char first[PATH_CHARS + 300];
    int n = fsck_run(fs, true, first, sizeof first);
    if (n == 0)
        return true;
    qfs_error(fs, "corrupt image: %s%s (run 'mkqfs fsck %s'); not changed", first,
              n > 1 ? " and more" : "", fs->path);
    return false;
}
