/* flush.c - when stdout's buffered output reaches the console (tests/kernel). Each mode
 * mixes stdio with direct write(2) calls, whose text goes out at once, so the order of
 * the output shows when the buffer was written:
 *   line    a newline flushes a terminal's stdout
 *   fflush  fflush(stdout) writes a partial line
 *   prompt  reading stdin first writes out a pending prompt
 *   exit    returning from main flushes a partial line
 *   atexit  output made by an atexit function (stdio unused before) is flushed
 *   abort   abort flushes a partial line before the program ends (status 134) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void direct(const char *text)
{
    write(STDOUT_FILENO, text, strlen(text));
}

static void goodbye(void)
{
    printf("[atexit output]");
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    char name[32];
    if (strcmp(mode, "line") == 0) {
        printf("line one\n");
        direct("[direct]\n");
    } else if (strcmp(mode, "fflush") == 0) {
        printf("partial");
        fflush(stdout);
        direct("[direct]\n");
    } else if (strcmp(mode, "prompt") == 0) {
        printf("name? ");
        if (fgets(name, sizeof name, stdin) == NULL)
            return 2;
        direct("[direct]");
        printf("hi %s", name);
    } else if (strcmp(mode, "exit") == 0) {
        direct("[direct]");
        printf("unterminated");
    } else if (strcmp(mode, "atexit") == 0) {
        atexit(goodbye);
        direct("[direct]");
    } else if (strcmp(mode, "abort") == 0) {
        direct("[direct]");
        printf("before abort");
        abort();
    } else {
        return 1;
    }
    return 0;
}
