/* ops.c - whole operations on the in-memory image, shared by the commands: adding a
 * file, making a directory, removing an entry. Each checks everything that can fail
 * (existing name, space) before it allocates, so on failure the caller simply does not
 * write the image back. */
#include "mkqfs.h"

#include "fileio.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *path_join(const char *dir_path, const char *name)
{
    while (*dir_path == QFS_PATH_SEPARATOR)
        dir_path++;
    size_t n = strlen(dir_path);
    while (n > 0 && dir_path[n - 1] == QFS_PATH_SEPARATOR)
        n--;
    size_t cap = n + strlen(name) + 3;
    char *p = xmalloc(cap);
    if (n)
        snprintf(p, cap, "/%.*s/%s", (int)n, dir_path, name);
    else
        snprintf(p, cap, "/%s", name);
    return p;
}

/* A host file to copy in: a regular file no bigger than the largest image. */
unsigned char *read_host_file(const struct qfs *fs, const char *path, size_t *len)
{
    char why[160];
    unsigned char *bytes = (unsigned char *)read_input_quiet(
        path, (size_t)MKQFS_MAX_SECTORS * QFS_SECTOR_BYTES, 0, len, why, sizeof why);
    if (!bytes)
        qfs_error(fs, "cannot read %s: %s", path, why);
    return bytes;
}

/* Checks that `name` is free in the directory and that `sectors` more sectors (plus one
 * if the directory must grow) fit. */
static bool check_room(struct qfs *fs, const struct qfs_entry *dir, const char *dir_path,
                       const char *name, uint32_t sectors)
{
    struct dir_listing d;
    if (!dir_read(fs, dir->first, dir_path, &d))
        return false;
    bool exists = dir_find(&d, name) >= 0;
    uint32_t need = sectors + (dir_free_slot(&d) < 0 ? 1 : 0);
    dir_listing_free(&d);
    char *path = path_join(dir_path, name);
    bool ok = true;
    if (exists) {
        qfs_error(fs, "file exists: %s", path);
        ok = false;
    } else if (need > fs->free_count) {
        qfs_error(fs, "disk full: %s needs %u sector%s, %u free", path, need,
                  need == 1 ? "" : "s", fs->free_count);
        ok = false;
    }
    free(path);
    return ok;
}

bool ops_add_file(struct qfs *fs, const struct qfs_entry *dir, const char *dir_path,
                  const char *name, const unsigned char *bytes, size_t len, uint32_t flags)
{
    if (!name_check(fs, name))
        return false;
    if ((uint64_t)len > UINT32_MAX) {
        qfs_error(fs, "file too large: %s has %zu bytes (at most %u)", name, len, UINT32_MAX);
        return false;
    }
    if (!check_room(fs, dir, dir_path, name, data_sectors_for(len)))
        return false;
    struct qfs_slot slot;
    uint32_t first;
    if (!dir_new_slot(fs, dir->first, dir_path, &slot) || !data_write(fs, bytes, len, &first))
        return false;
    entry_write(fs, slot, flags, first, (uint32_t)len, name);
    return true;
}

bool ops_mkdir(struct qfs *fs, const struct qfs_entry *dir, const char *dir_path,
               const char *name, uint32_t *first)
{
    if (!name_check(fs, name) || !check_room(fs, dir, dir_path, name, 1))
        return false;
    struct qfs_slot slot;
    if (!fat_alloc(fs, first) || !dir_new_slot(fs, dir->first, dir_path, &slot))
        return false;
    entry_write(fs, slot, QFS_FLAGS_DIR, *first, 0, name);
    return true;
}

/* Fails with "directory not empty" if the directory has a live entry. */
static bool check_empty(struct qfs *fs, const struct qfs_entry *e, const char *path,
                        struct chain *chain)
{
    struct dir_listing d;
    if (!dir_read(fs, e->first, path, &d))
        return false;
    for (uint32_t i = 0; i < d.n; i++) {
        if (entry_is_live(d.slots[i].flags)) {
            qfs_error(fs, "directory not empty: %s", path);
            dir_listing_free(&d);
            return false;
        }
    }
    *chain = d.chain;
    d.chain = (struct chain){0};
    dir_listing_free(&d);
    return true;
}

bool ops_remove(struct qfs *fs, const char *path)
{
    struct qfs_entry e;
    if (!path_lookup(fs, path, &e))
        return false;
    if (e.slot.sector == 0) {
        qfs_error(fs, "cannot remove the root directory");
        return false;
    }
    struct chain chain = {0};
    if (entry_is_dir(&e)) {
        if (!check_empty(fs, &e, path, &chain))
            return false;
    } else if (e.first != 0 && !fat_walk(fs, e.first, path, &chain)) {
        return false;
    }
    fat_release(fs, &chain);
    chain_free(&chain);
    qfs_put(fs, e.slot.sector, e.slot.index * QFS_ENTRY_WORDS + QFS_ENTRY_FLAGS,
            QFS_FLAGS_DELETED_ENTRY);
    return true;
}
