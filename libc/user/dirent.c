/* dirent.c (user target) - <dirent.h> on the readdir system call: a DIR holds the
 * directory's descriptor and the one struct dirent that readdir returns. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

struct __dir {
    int fd;
    unsigned long count;
    struct dirent entry;
};

DIR *opendir(const char *path)
{
    struct stat st;
    DIR *d;
    int fd = __sys_open(path, O_RDONLY);
    if (fd < 0) {
        errno = -fd;
        return NULL;
    }
    if (__sys_fstat(fd, &st) < 0 || !S_ISDIR(st.st_mode)) {
        __sys_close(fd);
        errno = ENOTDIR;
        return NULL;
    }
    d = malloc(sizeof *d);
    if (!d) {
        __sys_close(fd);
        errno = ENOMEM;
        return NULL;
    }
    d->fd = fd;
    d->count = 0;
    return d;
}

struct dirent *readdir(DIR *dir)
{
    struct qpu_dirent raw;
    int r = __sys_readdir(dir->fd, &raw);
    if (r <= 0) {
        if (r < 0)
            errno = -r;
        return NULL;
    }
    dir->count++;
    dir->entry.d_ino = dir->count;
    dir->entry.d_type = (raw.flags & 0x02) ? DT_DIR : DT_REG;
    dir->entry.d_size = raw.size;
    dir->entry.d_exec = (raw.flags & 0x04) != 0;
    strcpy(dir->entry.d_name, raw.name);
    return &dir->entry;
}

void rewinddir(DIR *dir)
{
    __sys_seek(dir->fd, 0, 0);
    dir->count = 0;
}

int dirfd(DIR *dir)
{
    return dir->fd;
}

int closedir(DIR *dir)
{
    int r = __sys_close(dir->fd);
    free(dir);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    return 0;
}
