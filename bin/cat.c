/* cat.c - copies files (or standard input) to standard output. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static int copy(int fd)
{
    char buf[256];
    long n;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        write(STDOUT_FILENO, buf, n);
    return n < 0;
}

int main(int argc, char **argv)
{
    int status = 0;
    if (argc < 2)
        return copy(STDIN_FILENO);
    for (int i = 1; i < argc; i++) {
        int fd = open(argv[i], O_RDONLY);
        if (fd < 0) {
            perror(argv[i]);
            status = 1;
            continue;
        }
        status |= copy(fd);
        close(fd);
    }
    return status;
}
