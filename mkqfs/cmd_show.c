/* cmd_show.c - the commands that only read an image: `ls`, `cat`/`extract`, `dump`,
 * `fsck`. They never write the image; on a corrupt image they stop with an error. */
#include "mkqfs.h"

#include "fileio.h"
#include "util.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DUMP_MAX_DEPTH 64 /* deeper directories are not printed by dump */

static char type_char(uint32_t flags)
{
    if (flags & QFS_FLAG_DIRECTORY)
        return 'd';
    return (flags & QFS_FLAG_EXECUTABLE) ? 'x' : '-';
}

static void print_entry(const struct qfs_entry *e)
{
    printf("%c %-24s %10u %6u\n", type_char(e->flags), e->name, e->size, e->first);
}

/* Parses IMAGE [PATH] (ls, dump, fsck take no options besides -o for extract). */
static bool image_and_maybe_path(int argc, char **argv, int max_args, const char *synopsis)
{
    static const struct option none[] = {{0, 0, 0, 0}};
    if (getopt_long(argc, argv, "", none, NULL) != -1 || argc - optind < 1 ||
        argc - optind > max_args) {
        usage_error("%s", synopsis);
        return false;
    }
    return true;
}

static bool list(struct qfs *fs, const char *path)
{
    struct qfs_entry e;
    if (!path_lookup(fs, path, &e))
        return false;
    if (!entry_is_dir(&e)) {
        print_entry(&e);
        return true;
    }
    struct dir_listing d;
    if (!dir_read(fs, e.first, path, &d))
        return false;
    uint32_t n = 0;
    for (uint32_t i = 0; i < d.n; i++)
        if (entry_is_live(d.slots[i].flags))
            print_entry(&d.slots[i]), n++;
    if (n)
        printf("%u file(s), %u sectors free\n", n, fs->free_count);
    else
        printf("(no files)\n");
    dir_listing_free(&d);
    return true;
}

int cmd_ls(int argc, char **argv)
{
    if (!image_and_maybe_path(argc, argv, 2, "ls IMAGE [PATH]"))
        return 2;
    struct qfs fs;
    bool ok = qfs_load(&fs, argv[optind]) &&
              list(&fs, optind + 1 < argc ? argv[optind + 1] : "/");
    qfs_release(&fs);
    return ok ? 0 : 1;
}

static bool write_out(const struct qfs *fs, const char *out, const unsigned char *bytes,
                      size_t len)
{
    if (strcmp(out, "-") == 0) {
        if (fwrite(bytes, 1, len, stdout) == len && fflush(stdout) == 0)
            return true;
    } else if (write_file(out, bytes, len)) {
        return true;
    }
    qfs_error(fs, "cannot write %s: %s", strcmp(out, "-") ? out : "standard output",
              strerror(errno));
    return false;
}

static bool extract(struct qfs *fs, const char *path, const char *out)
{
    struct qfs_entry e;
    if (!path_lookup(fs, path, &e))
        return false;
    if (entry_is_dir(&e)) {
        qfs_error(fs, "is a directory: %s", path);
        return false;
    }
    out = out ? out : e.name;
    const char *image = fs->path;
    if (output_is_input(out, &image, 1))
        return false;
    unsigned char *bytes;
    if (!data_read(fs, e.first, e.size, path, &bytes))
        return false;
    bool ok = write_out(fs, out, bytes, e.size);
    free(bytes);
    return ok;
}

int cmd_extract(int argc, char **argv, bool to_stdout)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'}, {0, 0, 0, 0}};
    const char *synopsis = to_stdout ? "cat IMAGE PATH [-o FILE]" : "extract IMAGE PATH [-o FILE]";
    const char *out = to_stdout ? "-" : NULL;
    for (int c; (c = getopt_long(argc, argv, "o:", opts, NULL)) != -1;) {
        if (c != 'o')
            return usage_error("%s", synopsis);
        out = optarg;
    }
    if (optind != argc - 2)
        return usage_error("%s", synopsis);
    struct qfs fs;
    bool ok = qfs_load(&fs, argv[optind]) && extract(&fs, argv[optind + 1], out);
    qfs_release(&fs);
    return ok ? 0 : 1;
}

static void dump_superblock(const struct qfs *fs)
{
    printf("superblock:\n");
    printf("  magic         0x%08X\n", qfs_get(fs, QFS_SUPERBLOCK_SECTOR, QFS_SB_MAGIC));
    printf("  version       %u\n", qfs_get(fs, QFS_SUPERBLOCK_SECTOR, QFS_SB_VERSION));
    printf("  sectorSize    %u words\n", qfs_get(fs, QFS_SUPERBLOCK_SECTOR, QFS_SB_SECTOR_SIZE));
    printf("  totalSectors  %u\n", fs->total);
    printf("  fatStart      %u\n", QFS_FAT_START);
    printf("  fatSectors    %u\n", fs->fat_sectors);
    printf("  rootSector    %u\n", fs->root);
    printf("  dataStart     %u\n", fs->data_start);
    printf("  freeSectors   %u\n", fs->free_count);
}

static void dump_fat(const struct qfs *fs)
{
    uint32_t used = 0;
    printf("FAT (nonzero entries of data sectors):\n");
    uint32_t root_next = fat_get(fs, fs->root);
    if (root_next != QFS_FAT_FREE)
        printf("  %6u: -> %u (root)\n", fs->root, root_next);
    for (uint32_t s = fs->data_start; s < fs->total; s++) {
        uint32_t v = fat_get(fs, s);
        if (v == QFS_FAT_FREE)
            continue;
        used++;
        if (v == QFS_FAT_END)
            printf("  %6u: END\n", s);
        else if (v == QFS_FAT_RESERVED)
            printf("  %6u: RESERVED\n", s);
        else
            printf("  %6u: -> %u\n", s, v);
    }
    printf("  %u used, %u free data sectors\n", used, fs->total - fs->data_start - used);
}

/* Prints a directory's used entries, then its subdirectories (depth first); seen[s]
 * marks directories already printed, so loops and cross-links end the walk. */
static bool dump_dir(const struct qfs *fs, uint32_t first, const char *path, int depth,
                     unsigned char *seen)
{
    if (first < fs->total && seen[first]) {
        qfs_error(fs, "corrupt image: directory %s starts at sector %u, already shown "
                  "(a loop in the tree)", path, first);
        return false;
    }
    if (first < fs->total)
        seen[first] = 1;
    if (depth > DUMP_MAX_DEPTH) {
        printf("%s: (nested deeper than %d, not shown)\n", path, DUMP_MAX_DEPTH);
        return true;
    }
    struct dir_listing d;
    if (!dir_read(fs, first, path, &d))
        return false;
    printf("%s (sector%s", *path ? path : "/", d.chain.n == 1 ? "" : "s");
    for (uint32_t i = 0; i < d.chain.n; i++)
        printf(" %u", d.chain.sectors[i]);
    printf("):\n");
    for (uint32_t i = 0; i < d.n; i++) {
        const struct qfs_entry *e = &d.slots[i];
        if (!(e->flags & QFS_FLAG_USED))
            continue;
        printf("  [%u] %c%c%c %-24s %10u %6u%s\n", i, 'U',
               e->flags & QFS_FLAG_DIRECTORY ? 'D' : '-',
               e->flags & QFS_FLAG_EXECUTABLE ? 'X' : '-', e->name, e->size, e->first,
               e->flags & QFS_FLAG_DELETED ? " (deleted)" : "");
    }
    bool ok = true;
    for (uint32_t i = 0; ok && i < d.n; i++) {
        const struct qfs_entry *e = &d.slots[i];
        if (!entry_is_live(e->flags) || !entry_is_dir(e))
            continue;
        char *sub = path_join(path, e->name);
        ok = dump_dir(fs, e->first, sub, depth + 1, seen);
        free(sub);
    }
    dir_listing_free(&d);
    return ok;
}

int cmd_dump(int argc, char **argv)
{
    if (!image_and_maybe_path(argc, argv, 1, "dump IMAGE"))
        return 2;
    struct qfs fs;
    bool ok = qfs_load(&fs, argv[optind]);
    if (ok) {
        dump_superblock(&fs);
        dump_fat(&fs);
        printf("tree:\n");
        unsigned char *seen = xcalloc(fs.total, 1);
        ok = dump_dir(&fs, fs.root, "", 0, seen);
        free(seen);
    }
    qfs_release(&fs);
    return ok ? 0 : 1;
}

int cmd_fsck(int argc, char **argv)
{
    bool repair = false;
    int kept = 0;
    for (int i = 0; i < argc; i++) {       /* --repair anywhere after the command */
        if (i > 0 && strcmp(argv[i], "--repair") == 0)
            repair = true;
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    if (!image_and_maybe_path(argc, argv, 1, "fsck IMAGE [--repair]"))
        return 2;
    struct qfs fs;
    bool ok = qfs_load(&fs, argv[optind]);
    if (ok && repair && fsck_repair(&fs) > 0)
        ok = qfs_save(&fs);
    ok = ok && fsck_run(&fs, false, NULL, 0) == 0;
    qfs_release(&fs);
    return ok ? 0 : 1;
}
