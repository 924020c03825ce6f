/* harness.c - the fuzzing harnesses' shared part (see harness.h). */
#include "harness.h"

#include "arena.h"
#include "diag.h"

#include <getopt.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];
static jmp_buf back;
int fuzz_keep_arena;

static void remove_dir(void)
{
    char cmd[96];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "fuzz: could not remove %s\n", dir);
}

const char *fuzz_dir(void)
{
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/qpu-fuzz-XXXXXX");
        if (!mkdtemp(dir)) {
            perror("fuzz: mkdtemp");
            abort();
        }
        atexit(remove_dir);
    }
    return dir;
}

const char *fuzz_write(const char *name, const void *data, size_t size)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", fuzz_dir(), name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        perror(path);
        abort();
    }
    return path;
}

static void back_to_harness(int status)
{
    longjmp(back, status ? status : 1);
}

int fuzz_call(void (*fn)(void *), void *arg)
{
    diag_reset();
    diag_set_exit_hook(back_to_harness);
    int status = setjmp(back);
    if (status == 0)
        fn(arg);
    diag_reset();
    if (!fuzz_keep_arena)
        arena_free_all();
    return status;
}

struct main_call {
    int (*tool_main)(int, char **);
    int argc;
    char **argv;
    int status;
};

static void call_main(void *p)
{
    struct main_call *c = p;
    c->status = c->tool_main(c->argc, c->argv);
}

int fuzz_run_main(int (*tool_main)(int, char **), int argc, const char **argv)
{
    char *copy[16];
    if (argc >= 16)
        abort();
    for (int i = 0; i < argc; i++)
        copy[i] = (char *)argv[i];
    copy[argc] = NULL;
    optind = 0; /* glibc: full getopt reinitialisation */
    opterr = 0;
    struct main_call c = {tool_main, argc, copy, 0};
    int status = fuzz_call(call_main, &c);
    return status ? status : c.status;
}
