/* helpers.c - usertests' helper jobs, run through execve of the program itself:
 *   --exit N         exits with status N
 *   --args N LEN     checks that it got N more arguments of LEN characters each
 *   --env NAME VAL   checks getenv(NAME) == VAL
 *   --fd-closed FD   checks that FD is not open (close-on-exec)
 *   --fd-open FD     checks that FD is open
 *   --signals I D B  checks that signal I is ignored, D at the default, B blocked
 *   --bench-fork N, --bench-fork-exec N PATH, --bench-spawn N PATH
 *                    N rounds of fork+wait, fork+execve+wait, spawn+wait (bench/)
 * and the fork/exec/wait wrapper the tests use. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"

void say(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    write(1, buf, strlen(buf));
}

int failed_at(int line, const char *what)
{
    say("check failed at line %d: %s (errno %d) ", line, what, errno);
    return 1;
}

int run_helper(char *const argv[], char *const envp[])
{
    int status;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execve(SELF, argv, envp);
        _exit(99);
    }
    if (waitpid(pid, &status, 0) != pid)
        return -1;
    return status;
}

/* One round of a benchmark: 0 when the child ran and exited with status 0. */
static int bench_round(const char *kind, char *path)
{
    char *argv[2];
    int status;
    pid_t pid;
    argv[0] = path;
    argv[1] = 0;
    if (strcmp(kind, "--bench-spawn") == 0) {
        pid = __sys_spawn(path, argv);
    } else {
        pid = fork();
        if (pid == 0) {
            if (strcmp(kind, "--bench-fork-exec") == 0)
                execve(path, argv, environ);
            _exit(0);
        }
    }
    return pid > 0 && waitpid(pid, &status, 0) == pid && status == 0 ? 0 : 1;
}

static int bench(int argc, char **argv)
{
    int n = atoi(argv[2]);
    for (int i = 0; i < n; i++)
        if (bench_round(argv[1], argc > 3 ? argv[3] : "") != 0)
            return 1;
    return 0;
}

static int signals_are(int ignored, int dfl, int blocked)
{
    struct sigaction a, b;
    sigset_t mask;
    if (sigaction(ignored, 0, &a) < 0 || sigaction(dfl, 0, &b) < 0
        || sigprocmask(SIG_BLOCK, 0, &mask) < 0)
        return 4;
    return a.sa_handler == SIG_IGN && b.sa_handler == SIG_DFL && sigismember(&mask, blocked)
           ? 0 : 5;
}

int helper_main(int argc, char **argv)
{
    if (strncmp(argv[1], "--bench-", 8) == 0 && argc >= 3)
        return bench(argc, argv);
    if (strcmp(argv[1], "--exit") == 0 && argc == 3)
        return atoi(argv[2]);
    if (strcmp(argv[1], "--args") == 0 && argc >= 4) {
        int n = atoi(argv[2]), len = atoi(argv[3]);
        if (argc != n + 4)
            return 1;
        for (int i = 4; i < argc; i++)
            if ((int)strlen(argv[i]) != len || argv[i][len - 1] != 'a' + i % 26)
                return 2;
        return 0;
    }
    if (strcmp(argv[1], "--env") == 0 && argc == 4) {
        const char *v = getenv(argv[2]);
        return v && strcmp(v, argv[3]) == 0 ? 0 : 1;
    }
    if (strcmp(argv[1], "--fd-closed") == 0 && argc == 3)
        return fcntl(atoi(argv[2]), F_GETFD) < 0 && errno == EBADF ? 0 : 1;
    if (strcmp(argv[1], "--fd-open") == 0 && argc == 3)
        return fcntl(atoi(argv[2]), F_GETFD) >= 0 ? 0 : 1;
    if (strcmp(argv[1], "--signals") == 0 && argc == 5)
        return signals_are(atoi(argv[2]), atoi(argv[3]), atoi(argv[4]));
    say("usertests: unknown helper job %s\n", argv[1]);
    return 3;
}
