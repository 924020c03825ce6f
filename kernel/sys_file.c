/* sys_file.c - the file and directory system calls 40..59 (docs/syscalls.md): stat,
 * fstat, mkdir, rmdir, unlink, rename, getcwd, chdir, fsync, sync, ftruncate. The older
 * file calls (open, read, write, seek, readdir) are in syscall.c. Paths are made
 * absolute against the caller's current directory first (path.c). */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "kernel.h"

static void fill_stat(struct fsnode *n, struct stat *st)
{
    int sectors = fs_chain_length(n);
    kmemset((int *)st, 0, sizeof *st);
    st->st_dev = 1;
    st->st_ino = fs_is_root(n) ? n->first : 4 * n->dir_sector + n->slot + 1;
    if (n->flags & QFS_FLAG_DIRECTORY)
        st->st_mode = S_IFDIR | 0755;
    else
        st->st_mode = S_IFREG | ((n->flags & QFS_FLAG_EXECUTABLE) ? 0755 : 0644);
    st->st_nlink = 1;
    st->st_size = (n->flags & QFS_FLAG_DIRECTORY) ? sectors * QFS_SECTOR_BYTES : n->size;
    st->st_blksize = QFS_SECTOR_BYTES;
    st->st_blocks = sectors;
}

static int copyout_stat(struct fsnode *n, int st_va)
{
    struct stat st;
    if (!vm_check(current, st_va, sizeof st, QPU_PAGE_WRITE))
        return -EFAULT;
    fill_stat(n, &st);
    return vm_copyout(current, st_va, (int *)&st, sizeof st) < 0 ? -EFAULT : 0;
}

int sys_stat(int path_va, int st_va, int unused)
{
    char path[PATH_MAX];
    struct fsnode n, *open;
    int r = user_lookup(path_va, path, &n);
    (void)unused;
    if (r < 0)
        return r;
    open = node_find(n.dir_sector, n.slot);   /* its size may be newer than the entry's */
    return copyout_stat(open ? open : &n, st_va);
}

int sys_fstat(int fd, int st_va, int unused)
{
    struct file *f = fd_file(fd);
    struct stat st;
    (void)unused;
    if (!f)
        return -EBADF;
    if (f->node)
        return copyout_stat(f->node, st_va);
    if (!vm_check(current, st_va, sizeof st, QPU_PAGE_WRITE))
        return -EFAULT;
    kmemset((int *)&st, 0, sizeof st);
    st.st_mode = (f->type == F_CONSOLE ? S_IFCHR : S_IFIFO) | 0666;
    st.st_nlink = 1;
    st.st_blksize = QFS_SECTOR_BYTES;
    return vm_copyout(current, st_va, (int *)&st, sizeof st) < 0 ? -EFAULT : 0;
}

int sys_mkdir(int path_va, int unused1, int unused2)
{
    char path[PATH_MAX];
    struct fsnode n;
    int r = user_path(path_va, path);
    (void)unused1, (void)unused2;
    return r < 0 ? r : fs_create(path, QFS_FLAGS_DIR, &n);
}

int sys_rmdir(int path_va, int unused1, int unused2)
{
    char path[PATH_MAX];
    int r = user_path(path_va, path);
    (void)unused1, (void)unused2;
    return r < 0 ? r : fs_unlink(path, 1);
}

int sys_unlink(int path_va, int unused1, int unused2)
{
    char path[PATH_MAX];
    int r = user_path(path_va, path);
    (void)unused1, (void)unused2;
    return r < 0 ? r : fs_unlink(path, 0);
}

int sys_rename(int old_va, int new_va, int unused)
{
    char old_path[PATH_MAX], new_path[PATH_MAX];
    int r = user_path(old_va, old_path);
    (void)unused;
    if (r == 0)
        r = user_path(new_va, new_path);
    return r < 0 ? r : fs_rename(old_path, new_path);
}

int sys_getcwd(int buf_va, int size, int unused)
{
    int len = kstrlen(current->cwd);
    (void)unused;
    if (size <= len)
        return -ERANGE;
    if (!vm_check(current, buf_va, len + 1, QPU_PAGE_WRITE))
        return -EFAULT;
    vm_copyout(current, buf_va, (int *)current->cwd, len + 1);
    return len;
}

int sys_chdir(int path_va, int unused1, int unused2)
{
    char path[PATH_MAX];
    struct fsnode n;
    int r = user_lookup(path_va, path, &n);
    (void)unused1, (void)unused2;
    if (r < 0)
        return r;
    if (!(n.flags & QFS_FLAG_DIRECTORY))
        return -ENOTDIR;
    kstrlcpy(current->cwd, path, PATH_MAX);
    return 0;
}

int sys_fsync(int fd, int unused1, int unused2)
{
    (void)unused1, (void)unused2;
    if (!fd_file(fd))
        return -EBADF;
    log_sync();
    return 0;
}

int sys_sync(int unused1, int unused2, int unused3)
{
    (void)unused1, (void)unused2, (void)unused3;
    log_sync();
    return 0;
}

int sys_ftruncate(int fd, int length, int unused)
{
    struct file *f = fd_file(fd);
    (void)unused;
    if (!f)
        return -EBADF;
    if (f->type != F_FILE || (f->mode & O_ACCMODE) == O_RDONLY)
        return -EINVAL;
    if (length < 0)
        return -EINVAL;
    return fs_resize(f->node, length);
}
