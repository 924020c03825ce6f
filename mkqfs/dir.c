/* dir.c - directories: reading and writing 32-word entries, finding names and free
 * slots along a directory's chain (extending it when full), checking names, and
 * resolving '/'-separated paths from the root. */
#include "mkqfs.h"

#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENTRY_WORD(slot, w) ((slot).index * QFS_ENTRY_WORDS + (w))

bool entry_is_live(uint32_t flags)
{
    return (flags & QFS_FLAG_USED) && !(flags & QFS_FLAG_DELETED);
}

bool entry_is_dir(const struct qfs_entry *e)
{
    return (e->flags & QFS_FLAG_DIRECTORY) != 0;
}

void entry_read(const struct qfs *fs, struct qfs_slot slot, struct qfs_entry *e)
{
    e->slot = slot;
    e->flags = qfs_get(fs, slot.sector, ENTRY_WORD(slot, QFS_ENTRY_FLAGS));
    e->first = qfs_get(fs, slot.sector, ENTRY_WORD(slot, QFS_ENTRY_FIRST_SECTOR));
    e->size = qfs_get(fs, slot.sector, ENTRY_WORD(slot, QFS_ENTRY_SIZE));
    int k = 0;
    for (; k < QFS_NAME_MAX; k++) {
        uint32_t w = qfs_get(fs, slot.sector, ENTRY_WORD(slot, QFS_ENTRY_NAME + k));
        if (w == 0)
            break;
        /* Readers use the low 8 bits; a 0 there would end the C string early. */
        e->name[k] = (w & 0xFF) ? (char)(w & 0xFF) : '?';
    }
    e->name[k] = '\0';
}

void entry_write(struct qfs *fs, struct qfs_slot slot, uint32_t flags, uint32_t first,
                 uint32_t size, const char *name)
{
    for (uint32_t w = 0; w < QFS_ENTRY_WORDS; w++)
        qfs_put(fs, slot.sector, ENTRY_WORD(slot, w), 0);
    qfs_put(fs, slot.sector, ENTRY_WORD(slot, QFS_ENTRY_FLAGS), flags);
    qfs_put(fs, slot.sector, ENTRY_WORD(slot, QFS_ENTRY_FIRST_SECTOR), first);
    qfs_put(fs, slot.sector, ENTRY_WORD(slot, QFS_ENTRY_SIZE), size);
    for (uint32_t k = 0; name[k] && k < QFS_NAME_MAX; k++)
        qfs_put(fs, slot.sector, ENTRY_WORD(slot, QFS_ENTRY_NAME + k), (unsigned char)name[k]);
}

void entry_root(const struct qfs *fs, struct qfs_entry *e)
{
    memset(e, 0, sizeof *e);
    e->flags = QFS_FLAGS_DIR;
    e->first = fs->root;
}

bool dir_read(const struct qfs *fs, uint32_t first, const char *path, struct dir_listing *d)
{
    memset(d, 0, sizeof *d);
    char what[400];
    snprintf(what, sizeof what, "directory %s", *path ? path : "/");
    if (first == 0) {
        qfs_error(fs, "corrupt image: %s has no sector", what);
        return false;
    }
    if (!fat_walk(fs, first, what, &d->chain))
        return false;
    d->n = d->chain.n * QFS_ENTRIES_PER_SECTOR;
    d->slots = xcalloc(d->n, sizeof *d->slots);
    for (uint32_t i = 0; i < d->n; i++) {
        struct qfs_slot slot = {d->chain.sectors[i / QFS_ENTRIES_PER_SECTOR],
                                i % QFS_ENTRIES_PER_SECTOR, i};
        entry_read(fs, slot, &d->slots[i]);
    }
    return true;
}

void dir_listing_free(struct dir_listing *d)
{
    chain_free(&d->chain);
    free(d->slots);
    d->slots = NULL;
    d->n = 0;
}

long dir_find(const struct dir_listing *d, const char *name)
{
    for (uint32_t i = 0; i < d->n; i++)
        if (entry_is_live(d->slots[i].flags) && strcmp(d->slots[i].name, name) == 0)
            return (long)i;
    return -1;
}

long dir_free_slot(const struct dir_listing *d)
{
    for (uint32_t i = 0; i < d->n; i++) {
        uint32_t flags = d->slots[i].flags;
        if (flags == QFS_FLAGS_UNUSED || (flags & QFS_FLAG_DELETED))
            return (long)i;
    }
    return -1;
}

bool dir_new_slot(struct qfs *fs, uint32_t first, const char *path, struct qfs_slot *slot)
{
    struct dir_listing d;
    if (!dir_read(fs, first, path, &d))
        return false;
    long i = dir_free_slot(&d);
    bool ok = true;
    if (i >= 0) {
        *slot = d.slots[i].slot;
    } else {
        uint32_t s, last = d.chain.sectors[d.chain.n - 1];
        ok = fat_alloc(fs, &s);
        if (ok) {
            fat_set(fs, last, s);
            *slot = (struct qfs_slot){s, 0, d.n};
        }
    }
    dir_listing_free(&d);
    return ok;
}

bool name_check(const struct qfs *fs, const char *name)
{
    size_t len = strlen(name);
    if (len > QFS_NAME_MAX) {
        qfs_error(fs, "name too long: '%s' has %zu characters (at most %d)", name, len,
                  QFS_NAME_MAX);
        return false;
    }
    const char *why = NULL;
    if (len == 0)
        why = "it is empty";
    else if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
        why = "'.' and '..' are not names in QFS";
    for (size_t i = 0; !why && i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c == QFS_PATH_SEPARATOR)
            why = "it contains '/'";
        else if (c < 0x20 || c > 0x7E)
            why = "it contains a character that is not printable ASCII";
    }
    if (why)
        qfs_error(fs, "invalid name: '%s': %s", name, why);
    return why == NULL;
}

/* Copies the next component of *p (skipping separators) into comp; false at the end. */
static bool next_component(const char **p, char *comp, size_t cap, size_t *len)
{
    while (**p == QFS_PATH_SEPARATOR)
        (*p)++;
    if (!**p)
        return false;
    const char *end = strchr(*p, QFS_PATH_SEPARATOR);
    *len = end ? (size_t)(end - *p) : strlen(*p);
    size_t n = *len < cap - 1 ? *len : cap - 1;
    memcpy(comp, *p, n);
    comp[n] = '\0';
    *p += *len;
    return true;
}

bool path_lookup(const struct qfs *fs, const char *path, struct qfs_entry *e)
{
    entry_root(fs, e);
    struct buf seen = {0}; /* the path resolved so far, for messages */
    buf_append(&seen, "", 1);
    char comp[QFS_NAME_MAX + 2];
    size_t len;
    bool ok = true;
    for (const char *p = path; ok && next_component(&p, comp, sizeof comp, &len);) {
        if (!entry_is_dir(e)) {
            qfs_error(fs, "not a directory: %s", (char *)seen.data);
            ok = false;
            break;
        }
        struct dir_listing d;
        if (!dir_read(fs, e->first, (char *)seen.data, &d)) {
            ok = false;
            break;
        }
        long i = len > QFS_NAME_MAX ? -1 : dir_find(&d, comp);
        if (i >= 0)
            *e = d.slots[i];
        dir_listing_free(&d);
        seen.len--;
        buf_append(&seen, "/", 1);
        buf_append(&seen, p - len, len);
        buf_append(&seen, "", 1);
        if (i < 0) {
            qfs_error(fs, "path not found: %s", (char *)seen.data);
            ok = false;
        }
    }
    buf_free(&seen);
    return ok;
}

bool path_parent(const struct qfs *fs, const char *path, struct qfs_entry *parent,
                 char name[QFS_NAME_MAX + 1], char **dir_path)
{
    size_t end = strlen(path);
    while (end > 0 && path[end - 1] == QFS_PATH_SEPARATOR)
        end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != QFS_PATH_SEPARATOR)
        start--;
    char *last = xstrndup(path + start, end - start);
    char *dir = xstrndup(path, start);
    bool ok = name_check(fs, last) && path_lookup(fs, dir, parent);
    if (ok && !entry_is_dir(parent)) {
        qfs_error(fs, "not a directory: %.*s", (int)(start > 0 ? start - 1 : 0), dir);
        ok = false;
    }
    if (ok) {
        strcpy(name, last);
        *dir_path = dir;
    } else {
        free(dir);
    }
    free(last);
    return ok;
}
