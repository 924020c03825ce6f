/* ls.c - lists directories (default: the current one), sorted by name, one per line:
 * -a also shows names starting with '.', -l shows type, permissions and size, -F marks
 * directories with '/'. A file argument is listed as itself. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int show_all, long_format, classify;

struct entry {
    char name[32];
    int is_dir, is_exec;
    long size;
};

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

static void show(const struct entry *e)
{
    if (long_format)
        printf("%c%s %8ld ", e->is_dir ? 'd' : '-',
               e->is_dir || e->is_exec ? "rwxr-xr-x" : "rw-r--r--", e->size);
    printf("%s%s\n", e->name, classify && e->is_dir ? "/" : "");
}

static int list_dir(const char *path)
{
    DIR *dir = opendir(path);
    struct dirent *d;
    struct entry *entries = NULL;
    int count = 0, capacity = 0;
    if (dir == NULL) {
        fprintf(stderr, "ls: cannot access '%s': %s\n", path, strerror(errno));
        return 2;
    }
    if (show_all) {
        entries = malloc(2 * sizeof *entries);
        capacity = 2;
        for (int k = 0; k < 2; k++) {
            strcpy(entries[k].name, k ? ".." : ".");
            entries[k].is_dir = 1, entries[k].is_exec = 0, entries[k].size = 512;
        }
        count = 2;
    }
    while ((d = readdir(dir)) != NULL) {
        if (d->d_name[0] == '.' && !show_all)
            continue;
        if (count == capacity) {
            struct entry *more = realloc(entries, 2 * (capacity + 16) * sizeof *entries);
            if (more == NULL) {
                fprintf(stderr, "ls: %s: out of memory after %d entries\n", path, count);
                free(entries);
                closedir(dir);
                return 2;
            }
            entries = more;
            capacity = 2 * (capacity + 16);
        }
        snprintf(entries[count].name, sizeof entries[count].name, "%s", d->d_name);
        entries[count].is_dir = d->d_type == DT_DIR;
        entries[count].is_exec = d->d_exec;
        entries[count].size = d->d_size;
        count++;
    }
    closedir(dir);
    qsort(entries, count, sizeof *entries, by_name);
    for (int i = 0; i < count; i++)
        show(&entries[i]);
    free(entries);
    return 0;
}

static int list(const char *path, int heading, int first)
{
    struct stat st;
    if (stat(path, &st) < 0) {
        fprintf(stderr, "ls: cannot access '%s': %s\n", path, strerror(errno));
        return 2;
    }
    if (!S_ISDIR(st.st_mode)) {
        struct entry e;
        snprintf(e.name, sizeof e.name, "%s", path);
        e.is_dir = 0, e.is_exec = (st.st_mode & S_IXUSR) != 0, e.size = st.st_size;
        show(&e);
        return 0;
    }
    if (heading)
        printf("%s%s:\n", first ? "" : "\n", path);
    return list_dir(path);
}

int main(int argc, char **argv)
{
    int c, status = 0;
    while ((c = getopt(argc, argv, "alF1")) != -1) {
        if (c == 'a')
            show_all = 1;
        else if (c == 'l')
            long_format = 1;
        else if (c == 'F')
            classify = 1;
        else if (c != '1') {
            fprintf(stderr, "usage: ls [-alF1] [FILE...]\n");
            return 2;
        }
    }
    if (optind >= argc)
        return list(".", 0, 1);
    for (int i = optind; i < argc; i++) {
        int s = list(argv[i], argc - optind > 1, i == optind);
        if (s > status)
            status = s;
    }
    return status;
}
