/* jobctl_tests.c - job control: SIGSTOP and SIGTSTP stop a process, SIGCONT continues
 * it, waitpid reports both (WUNTRACED, WCONTINUED); a stopped process takes SIGKILL at
 * once and other signals when it continues; a call it was blocked in goes on. */
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"
#include "tests.h"

static volatile int tstp_caught;

static void on_tstp(int sig)
{
    (void)sig;
    tstp_caught++;
}

/* Stops pid with sig and checks that waitpid(WUNTRACED) reports it, once. */
static int stopped_by(pid_t pid, int sig)
{
    int status;
    CHECK(kill(pid, sig) == 0);
    CHECK(waitpid(pid, &status, WUNTRACED) == pid);
    CHECK(WIFSTOPPED(status) && WSTOPSIG(status) == sig);
    CHECK(!WIFEXITED(status) && !WIFSIGNALED(status));
    CHECK(waitpid(pid, &status, WNOHANG | WUNTRACED) == 0);   /* reported once */
    return 0;
}

int test_stop_continue(void)
{
    int status;
    pid_t pid = spin_child();
    CHECK(pid > 0);
    CHECK(stopped_by(pid, SIGSTOP) == 0);
    CHECK(kill(pid, SIGCONT) == 0);
    CHECK(waitpid(pid, &status, WCONTINUED) == pid && WIFCONTINUED(status));
    CHECK(!WIFSTOPPED(status) && !WIFEXITED(status) && !WIFSIGNALED(status));
    CHECK(stopped_by(pid, SIGTSTP) == 0);                    /* default: stop */
    CHECK(kill(pid, SIGTERM) == 0);                          /* waits for SIGCONT */
    CHECK(waitpid(pid, &status, WNOHANG) == 0);
    CHECK(kill(pid, SIGCONT) == 0);
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    pid = spin_child();
    CHECK(pid > 0 && stopped_by(pid, SIGSTOP) == 0);
    CHECK(kill(pid, SIGKILL) == 0);                          /* at once */
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    CHECK(waitpid(-1, &status, 99) < 0 && errno == EINVAL);
    return 0;
}

/* SIGTSTP with a handler does not stop; SIGSTOP cannot be caught or ignored. */
int test_tstp_handler(void)
{
    struct sigaction sa;
    int status;
    pid_t pid;
    sa.sa_handler = on_tstp;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    CHECK(sigaction(SIGSTOP, &sa, 0) < 0 && errno == EINVAL);
    tstp_caught = 0;
    CHECK(sigaction(SIGTSTP, &sa, 0) == 0);
    CHECK(raise(SIGTSTP) == 0 && tstp_caught == 1);
    signal(SIGTSTP, SIG_IGN);
    CHECK(raise(SIGTSTP) == 0 && tstp_caught == 1);
    signal(SIGTSTP, SIG_DFL);
    pid = fork();
    if (pid == 0) {
        raise(SIGSTOP);                   /* stops here until the parent continues it */
        _exit(7);
    }
    CHECK(pid > 0 && waitpid(pid, &status, WUNTRACED) == pid && WIFSTOPPED(status));
    CHECK(kill(pid, SIGCONT) == 0);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 7);
    return 0;
}

/* A child stopped while blocked in read goes on reading once continued. */
int test_stop_blocked_read(void)
{
    int fds[2], ready[2], status;
    char c;
    pid_t pid;
    CHECK(pipe(fds) == 0 && pipe(ready) == 0);
    pid = fork();
    if (pid == 0) {
        write(ready[1], "r", 1);
        _exit(read(fds[0], &c, 1) == 1 && c == 'x' ? 0 : 1);
    }
    CHECK(pid > 0 && await_blocked(ready[0]) == 0);
    CHECK(stopped_by(pid, SIGSTOP) == 0);
    CHECK(write(fds[1], "x", 1) == 1);
    CHECK(waitpid(pid, &status, WNOHANG) == 0);              /* stopped: it waits */
    CHECK(kill(pid, SIGCONT) == 0);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    close(fds[0]);
    close(fds[1]);
    close(ready[0]);
    close(ready[1]);
    return 0;
}

/* A stopped child whose parent ends gets SIGHUP and SIGCONT, so it does not wait for
 * ever: the grandchild here ends (by SIGHUP) and its pipe's write end closes. */
int test_orphan_stopped(void)
{
    int fds[2], status;
    char c;
    pid_t pid;
    CHECK(pipe(fds) == 0);
    pid = fork();
    if (pid == 0) {
        pid_t g = fork();
        if (g == 0) {
            close(fds[0]);
            for (;;)
                sched_yield();
        }
        kill(g, SIGSTOP);
        waitpid(g, &status, WUNTRACED);
        _exit(WIFSTOPPED(status) ? 0 : 1);
    }
    close(fds[1]);
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && WEXITSTATUS(status) == 0);
    CHECK(read(fds[0], &c, 1) == 0);       /* every writer gone: the grandchild ended */
    close(fds[0]);
    return 0;
}
