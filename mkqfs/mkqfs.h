/* mkqfs.h - internal interface of mkqfs, the host tool that creates, edits, inspects
 * and checks QFS v2 disk images (common/qfs.h, shared/spec/qfs.md). One section per
 * source file, lowest layer first:
 *
 *   image.c   the image in memory: load, superblock validation, format, save
 *   fat.c     FAT entries, allocation, bounded chain walks
 *   data.c    file contents along a chain
 *   dir.c     directory entries, names, paths
 *   ops.c     whole operations on the in-memory image (add file, mkdir, remove)
 *   cmd_*.c   the commands; fsck.c the checker; main.c the command line
 *
 * Every command works on an in-memory copy of the image and writes it back (atomically,
 * common/util.h write_file) only when it succeeded, so a failed command leaves the image
 * as it was. Memory policy: everything allocated is freed explicitly (leak-clean under
 * ASan). Errors are printed where they are detected, as "mkqfs: error: IMAGE: reason:
 * detail"; functions report failure by returning false.
 */
#ifndef MKQFS_H
#define MKQFS_H

#include "qfs.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MKQFS_VERSION "0.1.0"
/* Largest image mkqfs reads or writes: 512 MiB. */
#define MKQFS_MAX_SECTORS 0x100000u

/* ---- image.c ---- */
struct qfs {
    char *path;
    unsigned char *bytes; /* the whole image file */
    size_t len;           /* its length in bytes (>= total * 512) */
    uint32_t total, fat_sectors, root, data_start, free_count;
    uint32_t alloc_hint; /* no free data sector lies below this one */
    long log_replayed;   /* at load: sectors replayed from /.qfslog, -1 discarded */
};

/* Prints "mkqfs: error: IMAGE: message". */
void qfs_error(const struct qfs *fs, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Reads the image and validates the superblock's geometry (not the free count). */
bool qfs_load(struct qfs *fs, const char *path);
/* A fresh, empty image of `sectors` sectors in memory (not yet written). */
bool qfs_format(struct qfs *fs, const char *path, uint32_t sectors);
/* Rewrites the superblock (words 9..127 zero) and writes the image file atomically. */
bool qfs_save(struct qfs *fs);
void qfs_release(struct qfs *fs);
uint32_t qfs_fat_sectors_for(uint32_t total);
uint32_t qfs_get(const struct qfs *fs, uint32_t sector, uint32_t word);
void qfs_put(struct qfs *fs, uint32_t sector, uint32_t word, uint32_t value);
unsigned char *qfs_sector(struct qfs *fs, uint32_t sector);
const unsigned char *qfs_sector_c(const struct qfs *fs, uint32_t sector);

/* ---- fat.c ---- */
struct chain {
    uint32_t *sectors;
    uint32_t n;
};

uint32_t fat_get(const struct qfs *fs, uint32_t sector);
void fat_set(struct qfs *fs, uint32_t sector, uint32_t value);
bool fat_is_data(const struct qfs *fs, uint32_t sector);
/* Lowest free data sector, marked end of chain and zeroed; "disk full" if none. */
bool fat_alloc(struct qfs *fs, uint32_t *sector);
/* The chain starting at `first` (the root's first sector allowed); "corrupt image"
 * naming `what` if it leaves the data area or loops. Bounded by the sector count. */
bool fat_walk(const struct qfs *fs, uint32_t first, const char *what, struct chain *c);
/* Frees every sector of the chain (the root's first sector is never freed). */
void fat_release(struct qfs *fs, const struct chain *c);
void chain_free(struct chain *c);

/* ---- data.c ---- */
uint32_t data_sectors_for(uint64_t bytes);
/* Allocates and fills a chain with `len` bytes; *first = 0 for an empty file. */
bool data_write(struct qfs *fs, const unsigned char *bytes, size_t len, uint32_t *first);
/* Reads `size` bytes along the chain from `first` into a new buffer (*out, freed by the
 * caller). */
bool data_read(const struct qfs *fs, uint32_t first, uint32_t size, const char *what,
               unsigned char **out);

/* ---- dir.c ---- */
struct qfs_slot {
    uint32_t sector, index; /* entry `index` (0..3) of `sector` */
    uint32_t number;        /* slot number counted along the directory's chain */
};

struct qfs_entry {
    uint32_t flags, first, size;
    char name[QFS_NAME_MAX + 1];
    struct qfs_slot slot;
};

struct dir_listing {
    struct chain chain;
    struct qfs_entry *slots; /* every slot of every sector of the chain */
    uint32_t n;
};

bool entry_is_live(uint32_t flags);
bool entry_is_dir(const struct qfs_entry *e);
void entry_read(const struct qfs *fs, struct qfs_slot slot, struct qfs_entry *e);
void entry_write(struct qfs *fs, struct qfs_slot slot, uint32_t flags, uint32_t first,
                 uint32_t size, const char *name);
/* The root as an entry (it has none on disk). */
void entry_root(const struct qfs *fs, struct qfs_entry *e);
/* Reads every slot of the directory whose chain starts at `first`. */
bool dir_read(const struct qfs *fs, uint32_t first, const char *path, struct dir_listing *d);
void dir_listing_free(struct dir_listing *d);
/* Index in d->slots of the live entry called `name`, or -1. */
long dir_find(const struct dir_listing *d, const char *name);
/* Index of the first reusable slot (flags 0 or DELETED), or -1 if the chain is full. */
long dir_free_slot(const struct dir_listing *d);
/* The slot a new entry goes to, extending the chain by a zeroed sector if it is full. */
bool dir_new_slot(struct qfs *fs, uint32_t first, const char *path, struct qfs_slot *slot);
/* Checks a name for an entry: 1..24 printable ASCII characters, no '/', not . or ..;
 * prints "name too long" or "invalid name". */
bool name_check(const struct qfs *fs, const char *name);
/* Resolves a path ('/'-separated, leading '/' optional; "" and "/" are the root). */
bool path_lookup(const struct qfs *fs, const char *path, struct qfs_entry *e);
/* Resolves all but the last component, which must be a directory; the last component
 * goes to `name` (checked with name_check), the parent's path to *dir_path (allocated). */
bool path_parent(const struct qfs *fs, const char *path, struct qfs_entry *parent,
                 char name[QFS_NAME_MAX + 1], char **dir_path);

/* ---- ops.c ---- */
/* Adds a file to the directory `dir` (an entry from path_lookup) whose path is dir_path:
 * "file exists", "disk full" (checked before anything is allocated), name errors. */
bool ops_add_file(struct qfs *fs, const struct qfs_entry *dir, const char *dir_path,
                  const char *name, const unsigned char *bytes, size_t len, uint32_t flags);
/* Makes an empty directory; *first receives its sector. */
bool ops_mkdir(struct qfs *fs, const struct qfs_entry *dir, const char *dir_path,
               const char *name, uint32_t *first);
/* Removes a file, or an empty directory ("directory not empty" otherwise): frees its
 * chain and sets its flags to exactly DELETED, keeping the entry's other words. */
bool ops_remove(struct qfs *fs, const char *path);
/* A host file's bytes (freed by the caller), or NULL after "cannot read" or "file too
 * large" (more than any image holds). */
unsigned char *read_host_file(const struct qfs *fs, const char *path, size_t *len);
/* "/dir/name" from a directory path (leading '/' optional, "" is the root) and a name;
 * freshly allocated. */
char *path_join(const char *dir_path, const char *name);

/* ---- fsck.c ---- */
/* Checks every invariant of the format. Prints each problem (unless quiet) and returns
 * their number; `first` (may be NULL) receives the first problem's text. */
int fsck_run(const struct qfs *fs, bool quiet, char *first, size_t first_len);
/* Refuses to modify an image that is not clean: "corrupt image" with the first problem. */
bool fsck_before_change(const struct qfs *fs);

/* ---- repair.c: the log (docs/qfs-log.md) and fsck --repair ---- */
/* At load: replays (in memory) a transaction left in /.qfslog, as the kernel does at
 * mount, so every command sees the committed state; sets fs->log_replayed. */
void log_replay(struct qfs *fs);
/* Replays or discards the log, then repairs; prints each repair, returns their count. */
int fsck_repair(struct qfs *fs);

/* ---- cmd_create.c, cmd_edit.c, cmd_show.c: each returns the exit status ---- */
int cmd_create(int argc, char **argv);
int cmd_add(int argc, char **argv);
int cmd_mkdir(int argc, char **argv);
int cmd_rm(int argc, char **argv);
int cmd_ls(int argc, char **argv);
int cmd_extract(int argc, char **argv, bool to_stdout);
int cmd_dump(int argc, char **argv);
int cmd_fsck(int argc, char **argv);

/* ---- main.c ---- */
/* Prints "mkqfs: error: usage: ..." for a command's synopsis; returns status 2. */
int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Parses a sector count for --sectors. */
bool parse_u32(const char *s, uint32_t *out);

#endif
