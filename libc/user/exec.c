/* exec.c (user target) - execve and the exec family: execv and execl use environ;
 * execvp and execlp search PATH (default /bin) for a name without a slash, trying
 * NAME and NAME.qbin in each directory. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../src/libc_internal.h"

#define EXECL_MAX 64
#define PATH_BUF 256

int execve(const char *path, char *const argv[], char *const envp[])
{
    return (int)__errno_result(__sys_execve(path, argv, envp));
}

int execv(const char *path, char *const argv[])
{
    return execve(path, argv, environ);
}

/* Tries dir/file then dir/file.qbin; returns only on failure (errno from the best
 * attempt: anything but ENOENT wins). */
static void try_dir(const char *dir, int dirlen, const char *file, char *const argv[],
                    int *err)
{
    char path[PATH_BUF];
    int len = strlen(file);
    if (dirlen + len + 7 > PATH_BUF)
        return;
    memcpy(path, dir, dirlen);
    path[dirlen] = '/';
    strcpy(path + dirlen + 1, file);
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            strcpy(path + dirlen + 1 + len, ".qbin");
        execve(path, argv, environ);
        if (errno != ENOENT)
            *err = errno;
    }
}

int execvp(const char *file, char *const argv[])
{
    const char *dirs = getenv("PATH"), *end;
    int err = ENOENT;
    if (strchr(file, '/'))
        return execv(file, argv);
    if (!dirs || !*dirs)
        dirs = "/bin";
    for (;;) {
        end = strchr(dirs, ':');
        if (!end)
            end = dirs + strlen(dirs);
        if (end == dirs)
            try_dir(".", 1, file, argv, &err);
        else
            try_dir(dirs, end - dirs, file, argv, &err);
        if (!*end)
            break;
        dirs = end + 1;
    }
    errno = err;
    return -1;
}

static int collect(const char *arg, va_list ap, char **argv)
{
    int n = 0;
    argv[n++] = (char *)arg;
    while (arg && n < EXECL_MAX) {
        arg = va_arg(ap, const char *);
        argv[n++] = (char *)arg;
    }
    if (arg) {
        errno = E2BIG;
        return -1;
    }
    return 0;
}

int execl(const char *path, const char *arg, ...)
{
    char *argv[EXECL_MAX + 1];
    va_list ap;
    int r;
    va_start(ap, arg);
    r = collect(arg, ap, argv);
    va_end(ap);
    return r < 0 ? r : execv(path, argv);
}

int execlp(const char *file, const char *arg, ...)
{
    char *argv[EXECL_MAX + 1];
    va_list ap;
    int r;
    va_start(ap, arg);
    r = collect(arg, ap, argv);
    va_end(ap);
    return r < 0 ? r : execvp(file, argv);
}
