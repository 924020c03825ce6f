/* zeros.c - zeros PATH WORDS: writes a file of WORDS zero words (a zero-filled
 * "program", which the kernel must refuse to run). Also built for --target=bare as
 * bareprog, a program the kernel must refuse too. */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int fd, n, zero = 0;
    if (argc != 3)
        return 2;
    n = atoi(argv[2]);
    fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC);
    if (fd < 0)
        return 1;
    for (int i = 0; i < n * 4; i++)
        if (write(fd, &zero, 1) != 1)
            return 1;
    return close(fd) != 0;
}
