/* sleep.c - waits SECONDS (a whole or decimal number, e.g. 0.5). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>

int main(int argc, char **argv)
{
    char *end;
    double seconds;
    if (argc != 2) {
        fprintf(stderr, "usage: sleep SECONDS\n");
        return 1;
    }
    seconds = strtod(argv[1], &end);
    if (end == argv[1] || *end != '\0' || seconds < 0 || seconds > 2000000) {
        fprintf(stderr, "sleep: invalid time interval '%s'\n", argv[1]);
        return 1;
    }
    __sys_sleep((int)(seconds * 1000));
    return 0;
}
