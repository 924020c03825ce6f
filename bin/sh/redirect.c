/* redirect.c - redirections (< > >> n> n>&m n<&m) and finding programs on PATH (`[` is
 * /bin/test). In
 * the shell itself (builtins, groups, spawned programs) the old descriptors are saved
 * with close-on-exec copies and put back afterwards; in a child they are simply replaced. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sh.h"

/* Applies the list; saved[] gets pairs (fd, copy) to undo. Returns the number of
 * saved pairs, or -1 after an error (already undone). */
int apply_redirs(struct redir *r, int *saved, int max_saved)
{
    int nsaved = 0;
    for (; r; r = r->next) {
        char *target = expand_one(r->word);
        int fd;
        if (r->kind == R_DUP_OUT || r->kind == R_DUP_IN) {
            char *end;
            fd = (int)strtol(target, &end, 10);
            if (*target == '\0' || *end != '\0') {
                sh_error("%s: bad file descriptor", target);
                free(target);
                restore_redirs(saved, nsaved);
                return -1;
            }
            fd = dup(fd);
        } else {
            int flags = r->kind == R_IN ? O_RDONLY
                      : r->kind == R_OUT ? O_WRONLY | O_CREAT | O_TRUNC
                                         : O_WRONLY | O_CREAT | O_APPEND;
            fd = open(target, flags);
        }
        if (fd < 0) {
            sh_error("%s: %s", target, strerror(errno));
            free(target);
            restore_redirs(saved, nsaved);
            return -1;
        }
        free(target);
        if (saved != NULL && nsaved < max_saved / 2) {
            saved[2 * nsaved] = r->fd;
            /* close-on-exec: a program spawned meanwhile must not inherit it */
            saved[2 * nsaved + 1] = fcntl(r->fd, F_DUPFD_CLOEXEC, 0);
            nsaved++;
        }
        if (fd != r->fd) {
            dup2(fd, r->fd);
            close(fd);
        }
    }
    return nsaved;
}

void restore_redirs(int *saved, int count)
{
    for (int k = count - 1; k >= 0; k--) {
        int fd = saved[2 * k], copy = saved[2 * k + 1];
        if (copy >= 0) {
            dup2(copy, fd);
            close(copy);
        } else {
            close(fd);
        }
    }
}

static int exists(const char *path)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    close(fd);
    return 1;
}

/* NAME as it is, or with .qbin added. */
static char *try_path(const char *dir, size_t dlen, const char *name)
{
    size_t n = dlen + strlen(name) + 8;
    char *path = malloc(n);
    if (dlen > 0)
        snprintf(path, n, "%.*s/%s", (int)dlen, dir, name);
    else
        snprintf(path, n, "%s", name);
    if (exists(path))
        return path;
    strcat(path, ".qbin");
    if (exists(path))
        return path;
    free(path);
    return NULL;
}

char *find_program(const char *name)
{
    const char *path = var_get("PATH");
    if (strcmp(name, "[") == 0)
        name = "test";                 /* `[ ... ]` is test (it checks argv[0]) */
    if (strchr(name, '/'))
        return try_path("", 0, name);
    if (path == NULL)
        path = "/bin";
    while (*path) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        char *found = try_path(len ? path : ".", len ? len : 1, name);
        if (found)
            return found;
        path += len + (colon != NULL);
    }
    return NULL;
}
