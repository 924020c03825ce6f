/* sys/stat.h - file status (stat, fstat) and mkdir: what QFS records (spec/qfs.md), in
 * POSIX's struct stat. QFS has no owners, permissions, links or times: st_mode's
 * permission bits are 0755 for directories and executables, 0644 for other files;
 * st_nlink is 1; owners and times are 0. st_ino names the directory entry (it changes
 * when the file is renamed); st_blocks counts 512-byte sectors. Every field is one
 * word. */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>   /* off_t, mode_t, ino_t, ... */
#ifndef _QPU_TIME_T
#define _QPU_TIME_T
typedef long time_t;
#endif

struct stat {
    dev_t st_dev;          /* 1: the one disk */
    ino_t st_ino;          /* 4 * sector of the entry + slot + 1 (the root: its sector) */
    mode_t st_mode;        /* S_IFDIR or S_IFREG, and permission bits */
    nlink_t st_nlink;      /* 1 */
    uid_t st_uid;          /* 0 */
    gid_t st_gid;          /* 0 */
    dev_t st_rdev;         /* 0 */
    off_t st_size;         /* bytes; a directory: its sectors * 512 */
    blksize_t st_blksize;  /* 512 */
    blkcnt_t st_blocks;    /* sectors in its chain */
    time_t st_atime;       /* 0: QFS keeps no times */
    time_t st_mtime;
    time_t st_ctime;
};

#define S_IFMT   0170000
#define S_IFDIR  0040000
#define S_IFCHR  0020000
#define S_IFIFO  0010000
#define S_IFREG  0100000
#define S_ISDIR(m)  (((m) & S_IFMT) == S_IFDIR)
#define S_ISREG(m)  (((m) & S_IFMT) == S_IFREG)
#define S_ISCHR(m)  (((m) & S_IFMT) == S_IFCHR)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_IRWXU  0700
#define S_IRUSR  0400
#define S_IWUSR  0200
#define S_IXUSR  0100
#define S_IRWXG  0070
#define S_IRGRP  0040
#define S_IWGRP  0020
#define S_IXGRP  0010
#define S_IRWXO  0007
#define S_IROTH  0004
#define S_IWOTH  0002
#define S_IXOTH  0001

int stat(const char *path, struct stat *st);
int fstat(int fd, struct stat *st);
int mkdir(const char *path, mode_t mode);   /* mode is ignored (QFS has none) */

#endif
