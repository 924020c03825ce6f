/* spawn.c (user target) - posix_spawn and posix_spawnp. With no file actions and no
 * attributes, one spawnve system call (an error such as ENOENT is returned); otherwise
 * fork, then in the child the process group, the file actions in order, and execve
 * (or execvp), and a child that cannot start exits with status 127, as a shell's
 * would. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions)
{
    actions->count = 0;
    return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions)
{
    actions->count = 0;
    return 0;
}

static int add(posix_spawn_file_actions_t *a, int kind, int fd, int newfd, const char *path,
               int flags)
{
    struct __spawn_action *x;
    if (fd < 0 || newfd < 0)
        return EBADF;
    if (a->count == __SPAWN_ACTIONS_MAX)
        return ENOMEM;
    x = &a->actions[a->count++];
    x->kind = kind;
    x->fd = fd;
    x->newfd = newfd;
    x->path = path;
    x->flags = flags;
    return 0;
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *actions, int fd,
                                     const char *path, int flags, mode_t mode)
{
    (void)mode;
    return add(actions, 1, fd, 0, path, flags);
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int fd)
{
    return add(actions, 2, fd, 0, 0, 0);
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int newfd)
{
    return add(actions, 3, fd, newfd, 0, 0);
}

int posix_spawnattr_init(posix_spawnattr_t *attr)
{
    attr->flags = 0;
    attr->pgroup = 0;
    return 0;
}

int posix_spawnattr_destroy(posix_spawnattr_t *attr)
{
    (void)attr;
    return 0;
}

int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags)
{
    attr->flags = flags;
    return 0;
}

int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup)
{
    attr->pgroup = pgroup;
    return 0;
}

static int run_actions(const posix_spawn_file_actions_t *a)
{
    for (int i = 0; a && i < a->count; i++) {
        const struct __spawn_action *x = &a->actions[i];
        int fd;
        if (x->kind == 1) {
            fd = open(x->path, x->flags);
            if (fd < 0)
                return -1;
            if (fd != x->fd && (dup2(fd, x->fd) < 0 || close(fd) < 0))
                return -1;
        } else if (x->kind == 2) {
            close(x->fd);
        } else if (dup2(x->fd, x->newfd) < 0) {
            return -1;
        }
    }
    return 0;
}

static int spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[],
                 int search)
{
    pid_t child;
    if ((!actions || actions->count == 0) && (!attr || attr->flags == 0)
        && (!search || strchr(path, '/'))) {
        /* nothing to do in the child: the kernel's spawnve makes the same process
         * without copying this one */
        child = __sys_spawnve(path, argv, envp);
        if (child < 0)
            return -child;
        if (pid)
            *pid = child;
        return 0;
    }
    child = fork();
    if (child < 0)
        return errno;
    if (child == 0) {
        if (attr && (attr->flags & POSIX_SPAWN_SETPGROUP) && setpgid(0, attr->pgroup) < 0)
            _exit(127);
        if (run_actions(actions) < 0)
            _exit(127);
        if (search) {
            environ = (char **)envp;
            execvp(path, argv);
        } else {
            execve(path, argv, envp);
        }
        _exit(127);
    }
    if (pid)
        *pid = child;
    return 0;
}

int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
                const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
    return spawn(pid, path, actions, attr, argv, envp, 0);
}

int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
    return spawn(pid, file, actions, attr, argv, envp, 1);
}
