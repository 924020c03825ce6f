/* cmd_edit.c - the commands that change an image: `add`, `mkdir`, `rm`. Each loads the
 * image, refuses to touch it unless fsck finds it clean, changes the in-memory copy and
 * writes it back only if everything succeeded. */
#include "mkqfs.h"

#include "fileio.h"
#include "util.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The last component of a host path, trailing '/' ignored; freshly allocated. */
static char *host_basename(const char *path)
{
    size_t end = strlen(path);
    while (end > 1 && path[end - 1] == '/')
        end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != '/')
        start--;
    return xstrndup(path + start, end - start);
}

static bool add_file(const char *image, const char *file, const char *name, bool exec,
                     const char *to)
{
    struct qfs fs;
    bool ok = qfs_load(&fs, image) && fsck_before_change(&fs);
    size_t len = 0;
    unsigned char *bytes = NULL;
    ok = ok && (bytes = read_host_file(&fs, file, &len)) != NULL;
    char *base = host_basename(file);
    struct qfs_entry dir;
    ok = ok && path_lookup(&fs, to, &dir);
    if (ok && !entry_is_dir(&dir)) {
        qfs_error(&fs, "not a directory: %s", to);
        ok = false;
    }
    ok = ok && ops_add_file(&fs, &dir, to, name ? name : base, bytes, len,
                            exec ? QFS_FLAGS_EXEC_FILE : QFS_FLAGS_FILE);
    ok = ok && qfs_save(&fs);
    free(base);
    free(bytes);
    qfs_release(&fs);
    return ok;
}

int cmd_add(int argc, char **argv)
{
    static const struct option opts[] = {
        {"name", required_argument, NULL, 'n'},
        {"exec", no_argument, NULL, 'x'},
        {"to", required_argument, NULL, 't'},
        {0, 0, 0, 0},
    };
    const char *name = NULL, *to = "/";
    bool exec = false;
    for (int c; (c = getopt_long(argc, argv, "n:xt:", opts, NULL)) != -1;) {
        if (c == 'n')
            name = optarg;
        else if (c == 'x')
            exec = true;
        else if (c == 't')
            to = optarg;
        else
            return usage_error("add IMAGE FILE [--name N] [--exec] [--to DIR]");
    }
    if (optind != argc - 2)
        return usage_error("add IMAGE FILE [--name N] [--exec] [--to DIR]");
    if (output_is_input(argv[optind], (const char *const *)argv + optind + 1, 1))
        return 1;
    return add_file(argv[optind], argv[optind + 1], name, exec, to) ? 0 : 1;
}

/* Parses `IMAGE PATH` with no options. */
static bool image_and_path(int argc, char **argv, const char *synopsis)
{
    static const struct option none[] = {{0, 0, 0, 0}};
    if (getopt_long(argc, argv, "", none, NULL) != -1 || optind != argc - 2) {
        usage_error("%s", synopsis);
        return false;
    }
    return true;
}

int cmd_mkdir(int argc, char **argv)
{
    if (!image_and_path(argc, argv, "mkdir IMAGE PATH"))
        return 2;
    const char *path = argv[optind + 1];
    struct qfs fs;
    struct qfs_entry parent;
    char name[QFS_NAME_MAX + 1];
    char *dir = NULL;
    uint32_t first;
    bool ok = qfs_load(&fs, argv[optind]) && fsck_before_change(&fs) &&
              path_parent(&fs, path, &parent, name, &dir) &&
              ops_mkdir(&fs, &parent, dir, name, &first) && qfs_save(&fs);
    free(dir);
    qfs_release(&fs);
    return ok ? 0 : 1;
}

int cmd_rm(int argc, char **argv)
{
    if (!image_and_path(argc, argv, "rm IMAGE PATH"))
        return 2;
    struct qfs fs;
    bool ok = qfs_load(&fs, argv[optind]) && fsck_before_change(&fs) &&
              ops_remove(&fs, argv[optind + 1]) && qfs_save(&fs);
    qfs_release(&fs);
    return ok ? 0 : 1;
}
