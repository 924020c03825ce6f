/* cat.c - copies files (or standard input, also for "-") to standard output;
 * -n numbers the lines. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int number_lines;
static long line_number = 1;
static int at_line_start = 1;

static void put_numbered(const char *buf, long n)
{
    for (long i = 0; i < n; i++) {
        if (at_line_start)
            printf("%6ld\t", line_number++);
        putchar(buf[i]);
        at_line_start = buf[i] == '\n';
    }
}

static int copy(int fd)
{
    char buf[512];
    long n;
    while ((n = read(fd, buf, sizeof buf)) > 0) {
        if (number_lines) {
            put_numbered(buf, n);
        } else {
            fflush(stdout);
            write(STDOUT_FILENO, buf, n);
        }
    }
    return n < 0;
}

int main(int argc, char **argv)
{
    int status = 0, c;
    while ((c = getopt(argc, argv, "nu")) != -1) {
        if (c == 'n')
            number_lines = 1;
        else if (c != 'u') {
            fprintf(stderr, "usage: cat [-nu] [FILE...]\n");
            return 1;
        }
    }
    if (optind >= argc)
        return copy(STDIN_FILENO);
    for (int i = optind; i < argc; i++) {
        int fd = strcmp(argv[i], "-") == 0 ? STDIN_FILENO : open(argv[i], O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        if (copy(fd)) {
            fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
            status = 1;
        }
        if (fd != STDIN_FILENO)
            close(fd);
    }
    fflush(stdout);
    return status;
}
