/* ls.c - lists directories (default: the current one) with readdir. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

static int list(const char *path)
{
    struct qpu_dirent entry;
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        perror(path);
        return 1;
    }
    while (__sys_readdir(fd, &entry) == 1) {
        if (entry.flags & 0x02)
            printf("%s/\n", entry.name);
        else
            printf("%s %d\n", entry.name, entry.size);
    }
    close(fd);
    return 0;
}

int main(int argc, char **argv)
{
    int status = 0;
    if (argc < 2)
        return list(".");
    for (int i = 1; i < argc; i++)
        status |= list(argv[i]);
    return status;
}
