/* cat.c - copies files (or standard input, also for "-") to standard output;
 * -n numbers the lines. */
#include <errno.h>
#include <qpu/inputs.h>
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

static int copy_input(FILE *f, const char *name, int index, void *unused)
{
    (void)index, (void)unused;
    if (copy(fileno(f)) == 0)
        return 0;
    if (name != NULL)
        fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
    return 1;
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
    status = qpu_each_input(argc, argv, optind, "cat: %s: %s\n", copy_input, NULL);
    fflush(stdout);
    return status;
}
