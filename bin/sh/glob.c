/* glob.c - pathname expansion for the shell: each '/'-separated component of the
 * pattern is matched (fnmatch, leading dots only explicitly) against the directory
 * listed so far; the results are sorted. '\' in the pattern quotes a character. */
#include <fcntl.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "sh.h"

static int has_wildcard(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n)
            i++;
        else if (s[i] == '*' || s[i] == '?' || s[i] == '[')
            return 1;
    }
    return 0;
}

static char *unescape(const char *s, size_t n)
{
    char *out = malloc(n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n)
            i++;
        *o++ = s[i];
    }
    *o = '\0';
    return out;
}

static char *join(const char *dir, const char *name, size_t n)
{
    size_t d = strlen(dir);
    char *path = malloc(d + n + 2);
    memcpy(path, dir, d);
    if (d > 0 && dir[d - 1] != '/')
        path[d++] = '/';
    memcpy(path + d, name, n);
    path[d + n] = '\0';
    return path;
}

static int exists(const char *path)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    close(fd);
    return 1;
}

/* Matches the rest of the pattern (rest) below dir ("" = the current directory). */
static void walk(const char *dir, const char *rest, struct strlist *out)
{
    const char *slash = strchr(rest, '/');
    size_t n = slash ? (size_t)(slash - rest) : strlen(rest);
    struct qpu_dirent entry;
    char *component;
    int fd;
    if (!has_wildcard(rest, n)) {
        char *plain = unescape(rest, n), *path = join(dir, plain, strlen(plain));
        free(plain);
        if (slash == NULL) {
            if (exists(path))
                strlist_add(out, path);
            else
                free(path);
        } else {
            walk(path, slash + 1, out);
            free(path);
        }
        return;
    }
    fd = open(*dir ? dir : ".", O_RDONLY);
    if (fd < 0)
        return;
    component = malloc(n + 1);
    memcpy(component, rest, n);
    component[n] = '\0';
    while (__sys_readdir(fd, &entry) == 1) {
        if (fnmatch(component, entry.name, FNM_PERIOD) != 0)
            continue;
        char *path = join(dir, entry.name, strlen(entry.name));
        if (slash == NULL) {
            strlist_add(out, path);
        } else {
            if (entry.flags & 0x02)
                walk(path, slash + 1, out);
            free(path);
        }
    }
    close(fd);
    free(component);
}

static int compare(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int glob_pattern(const char *pattern, struct strlist *out)
{
    int before = out->count;
    if (pattern[0] == '/')
        walk("/", pattern + 1, out);
    else
        walk("", pattern, out);
    qsort(out->items + before, out->count - before, sizeof *out->items, compare);
    return out->count - before;
}
