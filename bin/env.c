/* env.c - prints the environment, or runs a program in a changed one:
 * env [-i] [NAME=VALUE...] [PROGRAM [ARGS...]] (-i starts from an empty environment;
 * PROGRAM is looked up on PATH). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int i = 1;
    if (i < argc && strcmp(argv[i], "-i") == 0) {
        static char *empty[] = {NULL};
        environ = empty;
        i++;
    } else if (i < argc && argv[i][0] == '-' && argv[i][1]) {
        fprintf(stderr, "usage: env [-i] [NAME=VALUE...] [PROGRAM [ARGS...]]\n");
        return 125;
    }
    for (; i < argc && strchr(argv[i], '=') != NULL; i++) {
        if (putenv(argv[i]) != 0) {
            fprintf(stderr, "env: %s: %s\n", argv[i], strerror(errno));
            return 125;
        }
    }
    if (i >= argc) {
        for (char **e = environ; e && *e; e++)
            puts(*e);
        return 0;
    }
    execvp(argv[i], argv + i);
    fprintf(stderr, "env: '%s': %s\n", argv[i], strerror(errno));
    return errno == ENOENT ? 127 : 126;
}
