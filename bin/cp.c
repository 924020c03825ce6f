/* cp.c - copies files: cp SOURCE DEST, or cp SOURCE... DIRECTORY; -r copies
 * directories with everything in them. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int recursive;

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = malloc(n);
    snprintf(path, n, "%s/%s", dir, name);
    return path;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int copy_file(const char *from, const char *to)
{
    char buf[512];
    long n;
    int in = open(from, O_RDONLY), out, status = 0;
    if (in < 0) {
        fprintf(stderr, "cp: cannot open '%s': %s\n", from, strerror(errno));
        return 1;
    }
    out = open(to, O_WRONLY | O_CREAT | O_TRUNC);
    if (out < 0) {
        fprintf(stderr, "cp: cannot create '%s': %s\n", to, strerror(errno));
        close(in);
        return 1;
    }
    while ((n = read(in, buf, sizeof buf)) > 0)
        if (write(out, buf, n) != n) {
            fprintf(stderr, "cp: error writing '%s': %s\n", to, strerror(errno));
            status = 1;
            break;
        }
    close(in);
    close(out);
    return status;
}

static int copy(const char *from, const char *to)
{
    DIR *dir;
    struct dirent *d;
    int status = 0;
    if (!is_dir(from))
        return copy_file(from, to);
    if (!recursive) {
        fprintf(stderr, "cp: -r not specified; omitting directory '%s'\n", from);
        return 1;
    }
    if (!is_dir(to) && mkdir(to, 0755) < 0) {
        fprintf(stderr, "cp: cannot create directory '%s': %s\n", to, strerror(errno));
        return 1;
    }
    dir = opendir(from);
    if (dir == NULL) {
        fprintf(stderr, "cp: cannot open '%s': %s\n", from, strerror(errno));
        return 1;
    }
    while ((d = readdir(dir)) != NULL) {
        char *a = join(from, d->d_name), *b = join(to, d->d_name);
        status |= copy(a, b);
        free(a);
        free(b);
    }
    closedir(dir);
    return status;
}

int main(int argc, char **argv)
{
    int c, status = 0, n;
    const char *dest;
    while ((c = getopt(argc, argv, "rR")) != -1) {
        if (c != 'r' && c != 'R')
            goto usage;
        recursive = 1;
    }
    n = argc - optind;
    if (n < 2)
        goto usage;
    dest = argv[argc - 1];
    if (n > 2 && !is_dir(dest)) {
        fprintf(stderr, "cp: target '%s' is not a directory\n", dest);
        return 1;
    }
    for (int i = optind; i < argc - 1; i++) {
        if (is_dir(dest)) {
            char *to = join(dest, base_name(argv[i]));
            status |= copy(argv[i], to);
            free(to);
        } else {
            status |= copy(argv[i], dest);
        }
    }
    return status;
usage:
    fprintf(stderr, "usage: cp [-r] SOURCE DEST | cp [-r] SOURCE... DIRECTORY\n");
    return 1;
}
