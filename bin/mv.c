/* mv.c - renames or moves files: mv SOURCE DEST, or mv SOURCE... DIRECTORY. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int move(const char *from, const char *to)
{
    if (rename(from, to) < 0) {
        fprintf(stderr, "mv: cannot move '%s' to '%s': %s\n", from, to, strerror(errno));
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    int status = 0;
    const char *dest;
    if (argc < 3 || argv[1][0] == '-') {
        fprintf(stderr, "usage: mv SOURCE DEST | mv SOURCE... DIRECTORY\n");
        return 1;
    }
    dest = argv[argc - 1];
    if (argc > 3 && !is_dir(dest)) {
        fprintf(stderr, "mv: target '%s' is not a directory\n", dest);
        return 1;
    }
    for (int i = 1; i < argc - 1; i++) {
        if (is_dir(dest)) {
            const char *slash = strrchr(argv[i], '/');
            const char *base = slash ? slash + 1 : argv[i];
            size_t n = strlen(dest) + strlen(base) + 2;
            char *to = malloc(n);
            snprintf(to, n, "%s/%s", dest, base);
            status |= move(argv[i], to);
            free(to);
        } else {
            status |= move(argv[i], dest);
        }
    }
    return status;
}
