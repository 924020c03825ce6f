/* dirent.h - reading directories: opendir, readdir, closedir, rewinddir (user target).
 * A DIR is a directory opened read-only; each readdir is one system call (readdir,
 * docs/syscalls.md). d_type is DT_DIR or DT_REG; QFS has no inode numbers, so d_ino
 * is the entry's position in its directory plus 1. */
#ifndef _DIRENT_H
#define _DIRENT_H

#define DT_UNKNOWN 0
#define DT_DIR     4
#define DT_REG     8

struct dirent {
    unsigned long d_ino;
    unsigned char d_type;
    long d_size;                 /* extension: the size in bytes, as QFS records it */
    int d_exec;                  /* extension: 1 if marked executable */
    char d_name[25];             /* NUL-terminated, at most 24 characters */
};

typedef struct __dir DIR;

DIR *opendir(const char *path);
struct dirent *readdir(DIR *dir);
int closedir(DIR *dir);
void rewinddir(DIR *dir);
int dirfd(DIR *dir);

#endif
