/* mem_tests.c - the stack (growth on demand, overflow into the guard page), the heap
 * (sbrk up to what is free, and recovery), bad pointers given to system calls. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"
#include "tests.h"

static int recurse(int n)
{
    volatile int pad[8];
    pad[0] = n;
    return n == 0 ? 0 : recurse(n - 1) + 1 + pad[0] - n;
}

static int big_local(int words)
{
    volatile int a[100000];
    a[0] = 1;
    a[words - 1] = 2;
    return a[0] + a[words - 1];
}

int test_stack_growth(void)
{
    CHECK(recurse(1000) == 1000);
    CHECK(recurse(20000) == 20000);
    CHECK(big_local(100000) == 3);
    return 0;
}

static int forever(int n)
{
    volatile int pad[64];
    pad[0] = n;
    return forever(n + 1) + pad[0];
}

/* Unbounded recursion ends in the guard page: killed by SIGSEGV, nothing leaked. */
int test_stack_overflow(void)
{
    int status;
    pid_t pid = fork();
    if (pid == 0)
        _exit(forever(0));
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV);
    return 0;
}

/* A child takes heap until sbrk refuses: most of the free memory; the pages come
 * back when it exits. Then a second round works the same. */
int test_sbrk_exhaustion(void)
{
    for (int round = 0; round < 2; round++) {
        int fds[2], got = 0, status, free_before = qpu_free_pages();
        pid_t pid;
        CHECK(pipe(fds) == 0);
        pid = fork();
        if (pid == 0) {
            int chunk = 64 * 1024, total = 0;
            while (chunk >= 1024) {
                char *p = sbrk(chunk);
                if (p == (char *)-1) {
                    chunk /= 2;
                    continue;
                }
                p[0] = p[chunk - 1] = 1;
                total += chunk;
            }
            write(fds[1], &total, 1);
            _exit(0);
        }
        CHECK(pid > 0 && read(fds[0], &got, 1) == 1);
        CHECK(waitpid(pid, &status, 0) == pid && status == 0);
        CHECK(got / 1024 > free_before * 3 / 4);
        close(fds[0]);
        close(fds[1]);
    }
    CHECK(sbrk(0x7fffffff) == (void *)-1 && errno == ENOMEM);
    return 0;
}

int test_malloc_big(void)
{
    int n = 512 * 1024, *p = malloc(n * sizeof(int));
    CHECK(p != 0);
    for (int i = 0; i < n; i += 1024)
        p[i] = i;
    for (int i = 0; i < n; i += 1024)
        CHECK(p[i] == i);
    free(p);
    return 0;
}

/* Every pointer argument is checked: EFAULT, never a crash. */
int test_bad_pointers(void)
{
    int fd, status;
    char *bad = (char *)0x10, *huge = (char *)0x7ffff000;
    CHECK(read(0, bad, 10) < 0 && errno == EFAULT);
    CHECK(write(1, huge, 10) < 0 && errno == EFAULT);
    CHECK(pipe((int *)bad) < 0 && errno == EFAULT);
    CHECK(execve(bad, 0, 0) < 0 && errno == EFAULT);
    CHECK(execve(SELF, (char **)bad, 0) < 0 && errno == EFAULT);
    CHECK(waitpid(-1, (int *)bad, WNOHANG) < 0 && (errno == EFAULT || errno == ECHILD));
    CHECK(__sys_sigaction(SIGINT, (struct __sigaction *)bad, 0) == -EFAULT);
    CHECK(__sys_sigaction(SIGINT, 0, (struct __sigaction *)bad) == -EFAULT);
    CHECK(sigprocmask(SIG_BLOCK, (sigset_t *)bad, 0) < 0 && errno == EFAULT);
    CHECK(open(bad, O_RDONLY) < 0 && errno == EFAULT);
    fd = fork();
    if (fd == 0)
        _exit(waitpid(-1, (int *)bad, 0) < 0 && errno == ECHILD ? 0 : 1);
    CHECK(fd > 0 && waitpid(fd, &status, 0) == fd && status == 0);
    return 0;
}
