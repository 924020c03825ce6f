/* user_stdio.c - a user-target program run under the stand-in kernel (boot.s,
 * fake_kernel.c): argc/argv from crt0, stdout/stdin/stderr through the system-call
 * stubs, malloc through sbrk, errno from a failing call, exit status via exit. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char line[64];
    char *copy;
    int i, lines = 0;
    FILE *f;
    for (i = 0; i < argc; i++)
        printf("argv[%d] = \"%s\"\n", i, argv[i]);
    printf("argv[argc] is %s\n", argv[argc] == NULL ? "NULL" : "set");
    printf("prompt> ");
    while (fgets(line, sizeof line, stdin) != NULL)
        printf("line %d: %s", ++lines, line);
    copy = malloc(10000);
    if (copy == NULL)
        return 1;
    strcpy(copy, "heap from sbrk");
    copy[9999] = 'z';
    printf("%s, pid %d\n", copy, getpid());
    free(copy);
    f = fopen("/data.txt", "r");
    printf("fopen: %s (%s)\n", f == NULL ? "NULL" : "stream", strerror(errno));
    fprintf(stderr, "stderr is fd 2\n");
    exit(lines + 40);
}
