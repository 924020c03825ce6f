/* file.c - the system's open-file table: the console and QFS files and directories,
 * shared (with reference counts) between the descriptors that point at them. */
#include <errno.h>
#include <fcntl.h>
#include "kernel.h"

static struct file files[NFILE];
static struct file console = { F_CONSOLE, 1, O_RDWR, 0 };

void file_init(void)
{
    console.refs = 1;             /* never freed */
}

struct file *file_console(void)
{
    return file_dup(&console);
}

struct file *file_dup(struct file *f)
{
    f->refs++;
    return f;
}

void file_close(struct file *f)
{
    if (f != &console && f->refs == 1) {
        if (f->type == F_PIPE)
            pipe_release(f);              /* pipe.c */
        f->type = 0;
    }
    f->refs--;
}

/* A free slot, zeroed, with one reference (pipe.c fills it in). */
struct file *file_alloc(void)
{
    for (int i = 0; i < NFILE; i++) {
        if (files[i].refs == 0) {
            kmemset((int *)&files[i], 0, sizeof(struct file));
            files[i].refs = 1;
            return &files[i];
        }
    }
    return 0;
}

/* 1 if some open file is this directory entry (a removal must wait). */
int file_busy(struct fsnode *n)
{
    for (int i = 0; i < NFILE; i++)
        if (files[i].refs > 0 && files[i].node.dir_sector == n->dir_sector
            && files[i].node.slot == n->slot)
            return 1;
    return 0;
}

int file_open(const char *path, int flags, struct file **out)
{
    struct file *f = 0;
    struct fsnode n;
    int r;
    for (int i = 0; i < NFILE && !f; i++)
        if (files[i].refs == 0)
            f = &files[i];
    if (!f)
        return -ENFILE;
    r = fs_lookup(path, &n);
    if (r == -ENOENT && (flags & O_CREAT))
        r = fs_create(path, QFS_FLAGS_FILE, &n);
    if (r < 0)
        return r;
    if ((n.flags & QFS_FLAG_DIRECTORY) && (flags & O_ACCMODE) != O_RDONLY)
        return -EISDIR;
    if ((flags & O_TRUNC) && (flags & O_ACCMODE) != O_RDONLY
        && !(n.flags & QFS_FLAG_DIRECTORY))
        fs_truncate(&n);
    f->type = (n.flags & QFS_FLAG_DIRECTORY) ? F_DIR : F_FILE;
    f->refs = 1;
    f->mode = flags;
    f->pos = 0;
    f->node = n;
    *out = f;
    return 0;
}
