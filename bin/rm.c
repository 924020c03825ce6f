/* rm.c - removes files; -r removes directories with everything in them, -f ignores
 * missing files and never complains about them. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int recursive, force;

static int remove_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0) {
        if (force && errno == ENOENT)
            return 0;
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    if (S_ISDIR(st.st_mode)) {
        DIR *dir;
        struct dirent *d;
        int status = 0;
        if (!recursive) {
            fprintf(stderr, "rm: cannot remove '%s': Is a directory\n", path);
            return 1;
        }
        /* names first, then remove them: readdir positions move as entries go */
        for (int again = 1; again;) {
            again = 0;
            dir = opendir(path);
            if (dir == NULL)
                break;
            while ((d = readdir(dir)) != NULL) {
                size_t n = strlen(path) + strlen(d->d_name) + 2;
                char *child = malloc(n);
                snprintf(child, n, "%s/%s", path, d->d_name);
                closedir(dir);
                dir = NULL;
                if (remove_path(child) != 0)
                    status = 1;
                else
                    again = 1;
                free(child);
                break;
            }
            if (dir != NULL)
                closedir(dir);
            if (status)
                break;
        }
        if (status == 0 && rmdir(path) < 0) {
            fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
            status = 1;
        }
        return status;
    }
    if (unlink(path) < 0) {
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    int c, status = 0;
    while ((c = getopt(argc, argv, "rRf")) != -1) {
        if (c == 'r' || c == 'R')
            recursive = 1;
        else if (c == 'f')
            force = 1;
        else {
            fprintf(stderr, "usage: rm [-rf] FILE...\n");
            return 1;
        }
    }
    if (optind >= argc && !force) {
        fprintf(stderr, "usage: rm [-rf] FILE...\n");
        return 1;
    }
    for (int i = optind; i < argc; i++)
        status |= remove_path(argv[i]);
    return status;
}
