/* tee.c - copies standard input to standard output and to each FILE; -a appends. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MAX_FILES 16

int main(int argc, char **argv)
{
    int fds[MAX_FILES], nfds = 0, flags = O_WRONLY | O_CREAT | O_TRUNC, c, status = 0;
    char buf[512];
    long n;
    while ((c = getopt(argc, argv, "a")) != -1) {
        if (c != 'a') {
            fprintf(stderr, "usage: tee [-a] [FILE...]\n");
            return 1;
        }
        flags = O_WRONLY | O_CREAT | O_APPEND;
    }
    for (int i = optind; i < argc; i++) {
        int fd = open(argv[i], flags);
        if (fd < 0 || nfds == MAX_FILES) {
            fprintf(stderr, "tee: %s: %s\n", argv[i], fd < 0 ? strerror(errno) : "too many files");
            status = 1;
            continue;
        }
        fds[nfds++] = fd;
    }
    while ((n = read(STDIN_FILENO, buf, sizeof buf)) > 0) {
        write(STDOUT_FILENO, buf, n);
        for (int k = 0; k < nfds; k++)
            if (write(fds[k], buf, n) != n)
                status = 1;
    }
    for (int k = 0; k < nfds; k++)
        close(fds[k]);
    return status;
}
