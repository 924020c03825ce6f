/* file.c - the system's open-file table (the console and QFS files and directories,
 * shared with reference counts between the descriptors that point at them) and the
 * node table beneath it: one in-core node per file in use, shared by every open file
 * of it, so that every descriptor sees every write and O_APPEND finds the true end. */
#include <errno.h>
#include <fcntl.h>
#include "kernel.h"

#define NNODE NFILE

static struct file files[NFILE];
static struct fsnode nodes[NNODE];
static struct file console = { F_CONSOLE, 1, O_RDWR, 0, 0 };

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

/* ---- nodes ---- */

/* The shared node of this directory entry, or 0 if no file has it open. */
struct fsnode *node_find(int dir_sector, int slot)
{
    for (int i = 0; i < NNODE; i++)
        if (nodes[i].refs > 0 && nodes[i].dir_sector == dir_sector && nodes[i].slot == slot)
            return &nodes[i];
    return 0;
}

/* The shared node for a looked-up entry (a new reference), or 0 if the table is full. */
static struct fsnode *node_get(const struct fsnode *found)
{
    struct fsnode *n = node_find(found->dir_sector, found->slot);
    for (int i = 0; i < NNODE && !n; i++) {
        if (nodes[i].refs == 0) {
            n = &nodes[i];
            *n = *found;
            n->refs = 0;
        }
    }
    if (n)
        n->refs++;
    return n;
}

static void node_put(struct fsnode *n)
{
    if (n && n->refs > 0)
        n->refs--;
}

/* A rename moved an entry: its node (if open) follows it. */
void node_moved(int old_sector, int old_slot, int new_sector, int new_slot)
{
    struct fsnode *n = node_find(old_sector, old_slot);
    if (n) {
        n->dir_sector = new_sector;
        n->slot = new_slot;
    }
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
    return node_find(n->dir_sector, n->slot) != 0;
}

/* ---- open files ---- */

void file_close(struct file *f)
{
    if (f != &console && f->refs == 1) {
        if (f->type == F_PIPE)
            pipe_release(f);              /* pipe.c */
        if (f->type == F_FILE && (f->mode & O_ACCMODE) != O_RDONLY)
            log_commit();             /* data written before close survives a crash */
        node_put(f->node);
        f->node = 0;
        f->type = 0;
    }
    f->refs--;
}

#define OPEN_FLAGS (O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC | O_APPEND)

int file_open(const char *path, int flags, struct file **out)
{
    struct file *f = 0;
    struct fsnode n, *shared;
    int r;
    if ((flags & ~OPEN_FLAGS) || (flags & O_ACCMODE) == O_ACCMODE)
        return -EINVAL;
    for (int i = 0; i < NFILE && !f; i++)
        if (files[i].refs == 0)
            f = &files[i];
    if (!f)
        return -ENFILE;
    r = fs_lookup(path, &n);
    if (r == 0 && (flags & O_CREAT) && (flags & O_EXCL))
        return -EEXIST;
    if (r == -ENOENT && (flags & O_CREAT))
        r = fs_create(path, QFS_FLAGS_FILE, &n);
    if (r < 0)
        return r;
    if ((n.flags & QFS_FLAG_DIRECTORY) && (flags & O_ACCMODE) != O_RDONLY)
        return -EISDIR;
    shared = node_get(&n);
    if (!shared)
        return -ENFILE;
    if ((flags & O_TRUNC) && (flags & O_ACCMODE) != O_RDONLY
        && !(n.flags & QFS_FLAG_DIRECTORY))
        fs_truncate(shared);
    f->type = (n.flags & QFS_FLAG_DIRECTORY) ? F_DIR : F_FILE;
    f->refs = 1;
    f->mode = flags;
    f->pos = 0;
    f->node = shared;
    *out = f;
    return 0;
}
