/* usertests - the in-guest test suite (xv6's usertests in spirit): every test is one
 * function in a table, run in a child process of its own; the suite counts the free
 * physical pages before and after and prints ALL TESTS PASSED when every test passed
 * and no page leaked. `usertests NAME...` runs only the named tests. The program is
 * also its own helper: exec'd with a first argument starting with "--" it does one
 * small job (helpers.c). docs/kernel.md lists what is covered. */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"

static const struct usertest *find(const char *name)
{
    for (int i = 0; usertests[i].name; i++)
        if (strcmp(usertests[i].name, name) == 0)
            return &usertests[i];
    return 0;
}

/* Runs one test in a child: it passes when the child exits with status 0. */
static int run(const struct usertest *t)
{
    int status = 0;
    pid_t pid;
    say("test %s: ", t->name);
    pid = fork();
    if (pid < 0) {
        say("FAILED (fork)\n");
        return 1;
    }
    if (pid == 0)
        _exit(t->fn() == 0 ? 0 : 1);
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status)) {
        if (WIFSIGNALED(status))
            say("FAILED (killed by signal %d)\n", WTERMSIG(status));
        else
            say("FAILED\n");
        return 1;
    }
    say("OK\n");
    return 0;
}

int main(int argc, char **argv)
{
    int failed = 0, before, after, i;
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] == '-')
        return helper_main(argc, argv);
    before = qpu_free_pages();
    if (argc > 1) {
        for (i = 1; i < argc; i++) {
            const struct usertest *t = find(argv[i]);
            if (!t) {
                say("usertests: no test %s\n", argv[i]);
                return 2;
            }
            failed += run(t);
        }
    } else {
        for (i = 0; usertests[i].name; i++)
            failed += run(&usertests[i]);
    }
    after = qpu_free_pages();
    if (after != before) {
        say("usertests: %d free pages before, %d after: pages leaked\n", before, after);
        failed++;
    }
    if (failed) {
        say("%d TESTS FAILED\n", failed);
        return 1;
    }
    say("ALL TESTS PASSED\n");
    return 0;
}
