/* more.c - shows files (or standard input) a screenful at a time. At the --More--
 * prompt: space shows the next screen, Enter the next line, q quits. Keys come from
 * the terminal on standard error when standard input is the text. When standard output
 * is not a terminal it copies everything, like cat. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define SCREEN_LINES 23

static int key_fd;

/* Waits for a key; returns the number of further lines to show, 0 to quit. */
static int prompt(void)
{
    char c;
    fputs("--More--", stdout);
    fflush(stdout);
    for (;;) {
        if (read(key_fd, &c, 1) != 1 || c == 'q' || c == 'Q') {
            fputs("\r        \r", stdout);
            return 0;
        }
        if (c == ' ' || c == '\n' || c == '\r') {
            fputs("\r        \r", stdout);
            return c == ' ' ? SCREEN_LINES : 1;
        }
    }
}

/* Pages one file; returns 0 if the user quit. */
static int page(FILE *f, int interactive, int *left)
{
    int c;
    while ((c = fgetc(f)) != EOF) {
        putchar(c);
        if (c == '\n' && interactive && --*left == 0) {
            int more = prompt();
            if (more == 0)
                return 0;
            *left = more;
        }
    }
    return 1;
}

int main(int argc, char **argv)
{
    int interactive = isatty(STDOUT_FILENO), left = SCREEN_LINES, status = 0;
    if (argc > 1 && argv[1][0] == '-' && argv[1][1]) {
        fprintf(stderr, "usage: more [FILE...]\n");
        return 1;
    }
    key_fd = argc > 1 ? STDIN_FILENO : STDERR_FILENO;
    for (int i = 1; i < argc || i == 1; i++) {
        FILE *f = i >= argc || strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (f == NULL) {
            fprintf(stderr, "more: %s: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        if (!page(f, interactive, &left))
            return status;
        if (f != stdin)
            fclose(f);
    }
    return status;
}
