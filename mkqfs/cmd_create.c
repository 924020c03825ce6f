/* cmd_create.c - `mkqfs create IMAGE [--sectors N] [--from DIR]`: a fresh image, empty
 * or holding a copy of a host directory tree (recursively, names sorted, each directory
 * followed by its contents, .qbin files executable). Without --sectors the image is
 * sized to hold the tree with QFS_SPARE_SECTORS free sectors, and at least
 * QFS_DEFAULT_SECTORS sectors. */
#include "mkqfs.h"

#include "diag.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define QFS_SPARE_SECTORS 50

struct host_node { /* a file or directory of the host tree */
    char *name, *host_path;
    bool is_dir;
    uint64_t size;
    struct host_node *children; /* directories: sorted by name */
    size_t n_children;
};

static void node_free(struct host_node *n)
{
    for (size_t i = 0; i < n->n_children; i++)
        node_free(&n->children[i]);
    free(n->children);
    free(n->name);
    free(n->host_path);
}

static int compare_nodes(const void *a, const void *b)
{
    return strcmp(((const struct host_node *)a)->name, ((const struct host_node *)b)->name);
}

/* Stats one directory member; false (with a message) on error, *keep false to skip. */
static bool scan_member(const struct qfs *fs, struct host_node *c, bool *keep)
{
    struct stat st;
    *keep = false;
    if (lstat(c->host_path, &st) == 0 && S_ISLNK(st.st_mode) &&
        stat(c->host_path, &st) == 0 && S_ISDIR(st.st_mode)) {
        diag_warning("%s: skipped: symbolic link to a directory", c->host_path);
        return true;
    }
    if (stat(c->host_path, &st) != 0) {
        qfs_error(fs, "cannot read %s: %s", c->host_path, strerror(errno));
        return false;
    }
    if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
        diag_warning("%s: skipped: not a regular file or directory", c->host_path);
        return true;
    }
    c->is_dir = S_ISDIR(st.st_mode);
    c->size = (uint64_t)st.st_size;
    *keep = true;
    return name_check(fs, c->name);
}

static bool scan_dir(const struct qfs *fs, struct host_node *n)
{
    DIR *d = opendir(n->host_path);
    if (!d) {
        qfs_error(fs, "cannot read directory %s: %s", n->host_path, strerror(errno));
        return false;
    }
    size_t cap = 0;
    bool ok = true;
    for (struct dirent *de; ok && (de = readdir(d));) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (n->n_children == cap) {
            cap = cap ? cap * 2 : 8;
            n->children = xrealloc(n->children, cap * sizeof *n->children);
        }
        struct host_node *c = &n->children[n->n_children];
        memset(c, 0, sizeof *c);
        c->name = xstrdup(de->d_name);
        size_t len = strlen(n->host_path) + strlen(de->d_name) + 2;
        c->host_path = xmalloc(len);
        snprintf(c->host_path, len, "%s/%s", n->host_path, de->d_name);
        bool keep;
        ok = scan_member(fs, c, &keep) && (!keep || !c->is_dir || scan_dir(fs, c));
        if (keep || !ok)
            n->n_children++;
        else
            node_free(c);
    }
    closedir(d);
    if (n->n_children)
        qsort(n->children, n->n_children, sizeof *n->children, compare_nodes);
    return ok;
}

/* Data sectors the tree needs (the root's first sector is not a data sector). */
static uint64_t tree_sectors(const struct host_node *n)
{
    if (!n->is_dir)
        return data_sectors_for(n->size);
    uint64_t dir = (n->n_children + QFS_ENTRIES_PER_SECTOR - 1) / QFS_ENTRIES_PER_SECTOR;
    uint64_t total = dir ? dir : 1;
    for (size_t i = 0; i < n->n_children; i++)
        total += tree_sectors(&n->children[i]);
    return total;
}

/* The smallest image of at least the default size with `data` + spare data sectors. */
static uint64_t size_for(uint64_t data)
{
    uint64_t want = data + QFS_SPARE_SECTORS, n = QFS_DEFAULT_SECTORS;
    while (n < MKQFS_MAX_SECTORS * 2ull && n - (2 + (n + 127) / 128) < want)
        n = want + 2 + (n + 127) / 128;
    return n;
}

static bool copy_tree(struct qfs *fs, const struct host_node *n, const struct qfs_entry *dir,
                      const char *dir_path)
{
    for (size_t i = 0; i < n->n_children; i++) {
        const struct host_node *c = &n->children[i];
        bool ok;
        if (c->is_dir) {
            struct qfs_entry sub = {.flags = QFS_FLAGS_DIR};
            char *path = path_join(dir_path, c->name);
            ok = ops_mkdir(fs, dir, dir_path, c->name, &sub.first) && copy_tree(fs, c, &sub, path);
            free(path);
        } else {
            size_t len;
            unsigned char *bytes = read_host_file(fs, c->host_path, &len);
            if (!bytes)
                return false;
            size_t nl = strlen(c->name);
            bool exec = nl > 5 && strcmp(c->name + nl - 5, ".qbin") == 0;
            ok = ops_add_file(fs, dir, dir_path, c->name, bytes, len,
                              exec ? QFS_FLAGS_EXEC_FILE : QFS_FLAGS_FILE);
            free(bytes);
        }
        if (!ok)
            return false;
    }
    return true;
}

static bool create_image(const char *image, uint32_t sectors, bool sized, const char *from)
{
    struct qfs fs = {.path = (char *)image};
    struct host_node tree = {.is_dir = true};
    bool ok = true;
    if (from) {
        tree.host_path = xstrdup(from);
        tree.name = xstrdup("");
        ok = scan_dir(&fs, &tree);
        if (ok && !sized) {
            uint64_t n = size_for(tree_sectors(&tree) - 1);
            if (n > MKQFS_MAX_SECTORS) {
                qfs_error(&fs, "disk full: %s needs %llu sectors, more than %u", from,
                          (unsigned long long)n, MKQFS_MAX_SECTORS);
                ok = false;
            }
            sectors = (uint32_t)n;
        }
    }
    bool formatted = ok;
    ok = ok && qfs_format(&fs, image, sectors);
    if (ok && from) {
        struct qfs_entry root;
        entry_root(&fs, &root);
        ok = copy_tree(&fs, &tree, &root, "");
    }
    ok = ok && qfs_save(&fs);
    if (formatted)
        qfs_release(&fs);
    node_free(&tree);
    return ok;
}

int cmd_create(int argc, char **argv)
{
    static const struct option opts[] = {
        {"sectors", required_argument, NULL, 's'},
        {"from", required_argument, NULL, 'F'},
        {0, 0, 0, 0},
    };
    uint32_t sectors = QFS_DEFAULT_SECTORS;
    bool sized = false;
    const char *from = NULL;
    for (int c; (c = getopt_long(argc, argv, "s:", opts, NULL)) != -1;) {
        if (c == 's') {
            if (!parse_u32(optarg, &sectors))
                return usage_error("create: --sectors wants a number, not '%s'", optarg);
            sized = true;
        } else if (c == 'F') {
            from = optarg;
        } else {
            return usage_error("create IMAGE [--sectors N] [--from DIR]");
        }
    }
    if (optind != argc - 1)
        return usage_error("create IMAGE [--sectors N] [--from DIR]");
    struct stat st;
    if (stat(argv[optind], &st) == 0 && !S_ISREG(st.st_mode)) {
        diag_error("%s: not a regular file (an image is a regular file)", argv[optind]);
        return 1;
    }
    return create_image(argv[optind], sectors, sized, from) ? 0 : 1;
}
