/* mkdir.c - makes directories; -p makes the missing parents too and accepts ones that
 * exist. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int make_parents(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0755) < 0 && errno != EEXIST) {
            fprintf(stderr, "mkdir: cannot create directory '%s': %s\n", path, strerror(errno));
            *p = '/';
            return 1;
        }
        *p = '/';
    }
    return 0;
}

int main(int argc, char **argv)
{
    int parents = 0, c, status = 0;
    while ((c = getopt(argc, argv, "p")) != -1) {
        if (c != 'p') {
            fprintf(stderr, "usage: mkdir [-p] DIRECTORY...\n");
            return 1;
        }
        parents = 1;
    }
    if (optind >= argc) {
        fprintf(stderr, "usage: mkdir [-p] DIRECTORY...\n");
        return 1;
    }
    for (int i = optind; i < argc; i++) {
        struct stat st;
        if (parents && make_parents(argv[i])) {
            status = 1;
            continue;
        }
        if (mkdir(argv[i], 0755) < 0) {
            if (parents && errno == EEXIST && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
                continue;
            fprintf(stderr, "mkdir: cannot create directory '%s': %s\n", argv[i], strerror(errno));
            status = 1;
        }
    }
    return status;
}
