/* wc.c - counts lines, words and bytes of files (or standard input). */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static void count(int fd, const char *name)
{
    char buf[256];
    long n, lines = 0, words = 0, bytes = 0;
    int in_word = 0;
    while ((n = read(fd, buf, sizeof buf)) > 0) {
        for (long i = 0; i < n; i++) {
            int c = buf[i];
            bytes++;
            if (c == '\n')
                lines++;
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                in_word = 0;
            } else if (!in_word) {
                in_word = 1;
                words++;
            }
        }
    }
    printf("%ld %ld %ld%s%s\n", lines, words, bytes, name ? " " : "", name ? name : "");
}

int main(int argc, char **argv)
{
    int status = 0;
    if (argc < 2)
        count(STDIN_FILENO, NULL);
    for (int i = 1; i < argc; i++) {
        int fd = open(argv[i], O_RDONLY);
        if (fd < 0) {
            perror(argv[i]);
            status = 1;
            continue;
        }
        count(fd, argv[i]);
        close(fd);
    }
    return status;
}
