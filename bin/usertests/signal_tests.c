/* signal_tests.c - kill and default actions, handlers (signal, sigaction), blocked
 * signals, SIGCHLD, a handler interrupting a blocking call (restarted, or EINTR). */
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"
#include "tests.h"

static volatile int caught, caught_sig;

static void handler(int sig)
{
    caught++;
    caught_sig = sig;
}

int test_kill_default(void)
{
    int sigs[] = { SIGINT, SIGTERM, SIGKILL, SIGUSR1 }, status;
    for (int i = 0; i < 4; i++) {
        pid_t pid = spin_child();
        CHECK(pid > 0);
        CHECK(kill(pid, sigs[i]) == 0);
        CHECK(waitpid(pid, &status, 0) == pid);
        CHECK(WIFSIGNALED(status) && WTERMSIG(status) == sigs[i]);
    }
    CHECK(kill(99999, SIGTERM) < 0 && errno == ESRCH);
    CHECK(kill(getpid(), 999) < 0 && errno == EINVAL);
    CHECK(kill(1, SIGTERM) < 0 && errno == EPERM);
    CHECK(kill(getpid(), 0) == 0);
    return 0;
}

int test_raise_handler(void)
{
    caught = 0;
    CHECK(signal(SIGINT, handler) == SIG_DFL);
    CHECK(raise(SIGINT) == 0);
    CHECK(caught == 1 && caught_sig == SIGINT);
    CHECK(raise(SIGINT) == 0 && caught == 2);       /* the handler stays */
    CHECK(signal(SIGINT, SIG_IGN) == handler);
    CHECK(raise(SIGINT) == 0 && caught == 2);
    CHECK(signal(SIGKILL, handler) == SIG_ERR);
    return 0;
}

/* A handler installed with SA_RESTART runs in a child blocked in read, then the read
 * goes on. */
int test_handler_in_blocked_call(void)
{
    int fds[2], ready[2], status;
    char c;
    pid_t pid;
    CHECK(pipe(fds) == 0 && pipe(ready) == 0);
    pid = fork();
    if (pid == 0) {
        struct sigaction sa;
        sa.sa_handler = handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        caught = 0;
        sigaction(SIGTERM, &sa, 0);
        write(ready[1], "r", 1);
        if (read(fds[0], &c, 1) != 1 || c != 'x')
            _exit(1);
        _exit(caught == 1 && caught_sig == SIGTERM ? 0 : 2);
    }
    CHECK(pid > 0 && read(ready[0], &c, 1) == 1);
    CHECK(kill(pid, SIGTERM) == 0);
    for (int i = 0; i < 20; i++)
        sched_yield();
    CHECK(write(fds[1], "x", 1) == 1);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    close(fds[0]);
    close(fds[1]);
    close(ready[0]);
    close(ready[1]);
    return 0;
}

/* A blocked signal waits; unblocking delivers it. SIGKILL cannot be blocked. */
int test_sigprocmask(void)
{
    sigset_t set, old;
    caught = 0;
    signal(SIGUSR1, handler);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    CHECK(sigprocmask(SIG_BLOCK, &set, &old) == 0 && old == 0);
    CHECK(raise(SIGUSR1) == 0 && caught == 0);
    CHECK(sigprocmask(SIG_UNBLOCK, &set, 0) == 0);
    CHECK(caught == 1);
    CHECK(sigprocmask(99, &set, 0) < 0 && errno == EINVAL);
    return 0;
}

int test_sigchld(void)
{
    int status;
    pid_t pid;
    caught = 0;
    signal(SIGCHLD, handler);
    pid = fork();
    if (pid == 0)
        _exit(0);
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(caught == 1 && caught_sig == SIGCHLD);
    signal(SIGCHLD, SIG_DFL);
    return 0;
}

/* The handler may use the stack freely and the interrupted registers come back. */
static void deep_handler(int sig)
{
    volatile int a[2000];
    for (int i = 0; i < 2000; i++)
        a[i] = i + sig;
    caught = a[1999];
}

int test_handler_registers(void)
{
    volatile int x = 11, y = 22;
    int sum = 0;
    signal(SIGTERM, deep_handler);
    for (int i = 0; i < 100; i++) {
        sum += x + y;
        if (i == 50)
            raise(SIGTERM);
    }
    CHECK(sum == 3300 && caught == 1999 + SIGTERM);
    return 0;
}

/* In a child: a SIGUSR1 handler without SA_RESTART, then `call`, which blocks until the
 * parent's SIGUSR1 arrives; 0 if the call returned -1 with EINTR after the handler. */
static int child_interrupted(int (*call)(int), int arg, int ready_fd)
{
    struct sigaction sa;
    int r;
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    caught = 0;
    sigaction(SIGUSR1, &sa, 0);
    write(ready_fd, "r", 1);
    r = call(arg);
    if (r != -1)
        return 3;
    return errno == EINTR && caught == 1 ? 0 : 4;
}

static int read_one(int fd)
{
    char c;
    return (int)read(fd, &c, 1);
}

static pid_t grandchild;

static int wait_child(int unused)
{
    int status;
    (void)unused;
    grandchild = spin_child();
    return grandchild > 0 ? (int)waitpid(grandchild, &status, 0) : -2;
}

static int sleep_long(int seconds)
{
    unsigned left = sleep((unsigned)seconds);
    errno = left > 0 && left <= (unsigned)seconds ? EINTR : 0;
    return left > 0 ? -1 : 0;
}

/* A handler installed by sigaction without SA_RESTART ends a blocked read of a pipe,
 * a waitpid and a sleep: each returns -1 with errno EINTR (sleep: the seconds left). */
int test_eintr(void)
{
    int (*calls[3])(int) = { read_one, wait_child, sleep_long };
    int fds[2], ready[2], status;
    CHECK(pipe(fds) == 0 && pipe(ready) == 0);
    for (int i = 0; i < 3; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            int args[3] = { fds[0], 0, 1000 };
            int r = child_interrupted(calls[i], args[i], ready[1]);
            if (grandchild > 0 && kill(grandchild, SIGKILL) == 0)
                waitpid(grandchild, &status, 0);
            _exit(r);
        }
        CHECK(pid > 0 && await_blocked(ready[0]) == 0);
        CHECK(kill(pid, SIGUSR1) == 0);
        CHECK(waitpid(pid, &status, 0) == pid);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    close(fds[0]);
    close(fds[1]);
    close(ready[0]);
    close(ready[1]);
    return 0;
}
