/* fd.c - file descriptors (docs/syscalls.md): each is a slot of the process pointing
 * at a shared open file (file.c, reference-counted, so dup'd and inherited descriptors
 * share offset and flags) plus its own FD_CLOEXEC flag. pipe, dup, dup2, fcntl. */
#include <errno.h>
#include <fcntl.h>
#include "kernel.h"

int fd_alloc(struct proc *p, int from)
{
    for (int fd = from < 0 ? 0 : from; fd < NOFILE; fd++)
        if (!p->files[fd])
            return fd;
    return -EMFILE;
}

static struct file *fd_get(struct proc *p, int fd)
{
    return fd >= 0 && fd < NOFILE ? p->files[fd] : 0;
}

static void fd_set(struct proc *p, int fd, struct file *f, int flags)
{
    if (p->files[fd])
        file_close(p->files[fd]);
    p->files[fd] = f;
    p->fd_flags[fd] = flags;
}

void fd_close_on_exec(struct proc *p)
{
    for (int fd = 0; fd < NOFILE; fd++) {
        if (p->files[fd] && (p->fd_flags[fd] & FD_CLOEXEC)) {
            file_close(p->files[fd]);
            p->files[fd] = 0;
        }
        p->fd_flags[fd] = 0;
    }
}

int sys_pipe(int fds_va, int flags, int unused)
{
    struct proc *p = current;
    struct file *r, *w;
    int fds[2], err;
    (void)unused;
    if (flags & ~O_CLOEXEC)
        return -EINVAL;
    if (!vm_check(p, fds_va, 2, QPU_PAGE_WRITE))
        return -EFAULT;
    fds[0] = fd_alloc(p, 0);
    fds[1] = fds[0] < 0 ? -EMFILE : fd_alloc(p, fds[0] + 1);
    if (fds[1] < 0)
        return -EMFILE;
    err = pipe_create(&r, &w);
    if (err < 0)
        return err;
    flags = flags & O_CLOEXEC ? FD_CLOEXEC : 0;
    fd_set(p, fds[0], r, flags);
    fd_set(p, fds[1], w, flags);
    vm_copyout(p, fds_va, fds, 2);
    return 0;
}

int sys_dup(int fd, int unused1, int unused2)
{
    struct file *f = fd_get(current, fd);
    int nfd;
    (void)unused1, (void)unused2;
    if (!f)
        return -EBADF;
    nfd = fd_alloc(current, 0);
    if (nfd >= 0)
        fd_set(current, nfd, file_dup(f), 0);
    return nfd;
}

int sys_dup2(int fd, int nfd, int unused)
{
    struct file *f = fd_get(current, fd);
    (void)unused;
    if (!f || nfd < 0 || nfd >= NOFILE)
        return -EBADF;
    if (nfd != fd)
        fd_set(current, nfd, file_dup(f), 0);
    return nfd;
}

int sys_fcntl(int fd, int cmd, int arg)
{
    struct proc *p = current;
    struct file *f = fd_get(p, fd);
    int nfd;
    if (!f)
        return -EBADF;
    switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
        if (arg < 0 || arg >= NOFILE)
            return -EINVAL;
        nfd = fd_alloc(p, arg);
        if (nfd >= 0)
            fd_set(p, nfd, file_dup(f), cmd == F_DUPFD_CLOEXEC ? FD_CLOEXEC : 0);
        return nfd;
    case F_GETFD:
        return p->fd_flags[fd];
    case F_SETFD:
        p->fd_flags[fd] = arg & FD_CLOEXEC;
        return 0;
    case F_GETFL:
        return f->mode;
    case F_SETFL:
        f->mode = (f->mode & ~O_APPEND) | (arg & O_APPEND);
        return 0;
    }
    return -EINVAL;
}
