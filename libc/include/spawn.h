/* spawn.h - posix_spawn (user target): a new process running a program, with a list
 * of descriptor actions done in the child first. Built on fork and execve. */
#ifndef _SPAWN_H
#define _SPAWN_H

#include <sys/types.h>

#define __SPAWN_ACTIONS_MAX 16

struct __spawn_action {
    int kind;                     /* 1 open, 2 close, 3 dup2 */
    int fd, newfd, flags;
    const char *path;
};

typedef struct {
    int count;
    struct __spawn_action actions[__SPAWN_ACTIONS_MAX];
} posix_spawn_file_actions_t;

#define POSIX_SPAWN_SETPGROUP 0x2

typedef struct {
    int flags;
    pid_t pgroup;
} posix_spawnattr_t;

int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
                const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[]);
int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions);
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *actions, int fd,
                                     const char *path, int flags, mode_t mode);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int fd);
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int newfd);
int posix_spawnattr_init(posix_spawnattr_t *attr);
int posix_spawnattr_destroy(posix_spawnattr_t *attr);
int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags);
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup);

#endif
