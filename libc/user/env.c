/* env.c (user target) - getenv, setenv, unsetenv, putenv on environ (NAME=value
 * strings), and system (runs /bin/sh -c). setenv copies the vector into the heap the
 * first time it changes it; later changes reuse that copy. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char **owned;              /* environ when it is our heap copy */
static int owned_cap;

static int name_len(const char *s)
{
    int n = 0;
    while (s[n] && s[n] != '=')
        n++;
    return n;
}

static int find(const char *name, int len)
{
    for (int i = 0; environ && environ[i]; i++)
        if (name_len(environ[i]) == len && strncmp(environ[i], name, len) == 0)
            return i;
    return -1;
}

char *getenv(const char *name)
{
    int i = find(name, strlen(name));
    return i < 0 ? NULL : environ[i] + strlen(name) + 1;
}

static int count(void)
{
    int n = 0;
    while (environ && environ[n])
        n++;
    return n;
}

/* environ as a heap vector with room for one more entry. */
static int make_room(void)
{
    int n = count();
    if (environ != owned || n + 2 > owned_cap) {
        int cap = n * 2 + 8;
        char **v = malloc(cap * sizeof *v);
        if (!v)
            return -1;
        for (int i = 0; i < n; i++)
            v[i] = environ[i];
        v[n] = NULL;
        if (environ == owned)
            free(owned);
        environ = owned = v;
        owned_cap = cap;
    }
    return 0;
}

int putenv(char *string)
{
    int i = find(string, name_len(string)), n;
    if (make_room() < 0)
        return -1;
    if (i >= 0) {
        environ[i] = string;
        return 0;
    }
    n = count();
    environ[n] = string;
    environ[n + 1] = NULL;
    return 0;
}

int setenv(const char *name, const char *value, int overwrite)
{
    int len = strlen(name);
    char *s;
    if (len == 0 || strchr(name, '=')) {
        errno = EINVAL;
        return -1;
    }
    if (!overwrite && find(name, len) >= 0)
        return 0;
    s = malloc(len + strlen(value) + 2);
    if (!s)
        return -1;
    strcpy(s, name);
    s[len] = '=';
    strcpy(s + len + 1, value);
    return putenv(s);
}

int unsetenv(const char *name)
{
    int len = strlen(name), i;
    if (len == 0 || strchr(name, '=')) {
        errno = EINVAL;
        return -1;
    }
    while ((i = find(name, len)) >= 0) {
        if (make_room() < 0)
            return -1;
        for (; environ[i]; i++)
            environ[i] = environ[i + 1];
    }
    return 0;
}

/* 1 if /bin/sh exists (system(NULL)). */
static int access_sh(void)
{
    int fd = open("/bin/sh", O_RDONLY);
    if (fd < 0)
        return 0;
    close(fd);
    return 1;
}

int system(const char *command)
{
    int status;
    pid_t pid;
    if (command == NULL)
        return access_sh();
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", command, (char *)NULL);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return status;
}
