/* rawkeys.c - raw terminal input through <termios.h>: switches the console to raw mode
 * (no echo, no line editing, no signal keys), prints the code of each key until `q`,
 * then restores the modes it found. Also checks that a file is not a terminal
 * (ENOTTY). Used by check_terminal.py on a real terminal. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

int main(void)
{
    struct termios saved, raw;
    char c;
    int fd = open("/README", O_RDONLY);
    if (fd >= 0) {
        printf("file: %s\n", tcgetattr(fd, &raw) < 0 && errno == ENOTTY ? "not a tty" : "WRONG");
        close(fd);
    }
    if (tcgetattr(0, &saved) < 0) {
        perror("tcgetattr");
        return 1;
    }
    raw = saved;
    cfmakeraw(&raw);
    if (tcsetattr(0, TCSAFLUSH, &raw) < 0) {
        perror("tcsetattr");
        return 1;
    }
    printf("raw mode on\n");
    fflush(stdout);
    while (read(0, &c, 1) == 1 && c != 'q') {
        printf("key %d\n", c);
        fflush(stdout);
    }
    tcsetattr(0, TCSANOW, &saved);
    printf("cooked again\n");
    return 0;
}
