/* wr256.c - wr256 PATH [KIB [CHUNK]]: writes KIB KiB (default 256) of a repeating byte
 * pattern to PATH (created or emptied) with write() calls of CHUNK bytes (default
 * 4096), then closes it: the file-write benchmark (bench/fs_write.py) and a crash
 * workload's big file. Exit status 0 only if every write and the close succeeded. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char chunk[8192];

int main(int argc, char **argv)
{
    int kib = argc > 2 ? atoi(argv[2]) : 256;
    int size = argc > 3 ? atoi(argv[3]) : 4096;
    int fd, left;
    if (argc < 2 || kib < 0 || size <= 0 || size > (int)sizeof chunk) {
        fprintf(stderr, "usage: wr256 PATH [KIB [CHUNK<=8192]]\n");
        return 2;
    }
    for (int i = 0; i < size; i++)
        chunk[i] = 'a' + i % 26;
    fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC);
    if (fd < 0) {
        perror(argv[1]);
        return 1;
    }
    for (left = kib * 1024; left > 0; ) {
        int n = left < size ? left : size;
        if (write(fd, chunk, n) != n) {
            perror("write");
            return 1;
        }
        left -= n;
    }
    return close(fd) != 0;
}
