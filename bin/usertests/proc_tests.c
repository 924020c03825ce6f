/* proc_tests.c - fork, exec, wait, process ids and groups, orphans. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/procinfo.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"
#include "tests.h"

int test_getppid(void)
{
    int fds[2], parent = getpid(), got = 0;
    pid_t pid;
    CHECK(getppid() > 0);
    CHECK(pipe(fds) == 0);
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        int me[2];
        me[0] = getpid();
        me[1] = getppid();
        write(fds[1], me, sizeof me);
        _exit(0);
    }
    CHECK(read(fds[0], &got, 1) == 1 && got == pid);
    CHECK(read(fds[0], &got, 1) == 1 && got == parent);
    CHECK(wait(0) == pid);
    close(fds[0]);
    close(fds[1]);
    return 0;
}

/* Many children, each with its own exit status; wait collects every one once. */
int test_fork_wait(void)
{
    int n = 10, seen = 0, status;
    pid_t pids[10], pid;
    for (int i = 0; i < n; i++) {
        pids[i] = fork();
        CHECK(pids[i] >= 0);
        if (pids[i] == 0)
            _exit(20 + i);
    }
    for (int k = 0; k < n; k++) {
        pid = wait(&status);
        CHECK(pid > 0 && WIFEXITED(status));
        for (int i = 0; i < n; i++)
            if (pids[i] == pid) {
                CHECK(WEXITSTATUS(status) == 20 + i);
                seen |= 1 << i;
            }
    }
    CHECK(seen == (1 << n) - 1);
    CHECK(wait(&status) < 0 && errno == ECHILD);
    return 0;
}

/* The child gets a copy: its writes do not reach the parent's memory. */
int test_fork_copies(void)
{
    static int global = 5;
    int local = 6, *heap = malloc(1000 * sizeof(int)), status;
    pid_t pid;
    CHECK(heap != 0);
    for (int i = 0; i < 1000; i++)
        heap[i] = i;
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        int ok = global == 5 && local == 6 && heap[999] == 999;
        global = local = heap[999] = 0;
        _exit(ok ? 0 : 1);
    }
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(global == 5 && local == 6 && heap[999] == 999);
    free(heap);
    return 0;
}

int test_exec_status(void)
{
    char *argv[] = { "usertests", "--exit", "42", 0 };
    int status = run_helper(argv, environ);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 42);
    return 0;
}

/* A chain: each child forks the next, 8 deep; statuses add up on the way back. */
static int chain(int depth)
{
    int status;
    pid_t pid;
    if (depth == 0)
        return 1;
    pid = fork();
    if (pid < 0)
        return 100;
    if (pid == 0)
        _exit(chain(depth - 1));
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return 100;
    return WEXITSTATUS(status) + 1;
}

int test_fork_chain(void)
{
    CHECK(chain(8) == 9);
    return 0;
}

int test_exec_env(void)
{
    char *argv[] = { "usertests", "--env", "GREETING", "hello there", 0 };
    char *envp[] = { "A=1", "GREETING=hello there", "Z=26", 0 };
    char *none[] = { 0 };
    CHECK(run_helper(argv, envp) == 0);
    CHECK(run_helper(argv, none) != 0);
    CHECK(setenv("GREETING", "hello there", 1) == 0);
    CHECK(strcmp(getenv("GREETING"), "hello there") == 0);
    CHECK(run_helper(argv, environ) == 0);
    CHECK(unsetenv("GREETING") == 0 && getenv("GREETING") == 0);
    return 0;
}

/* 64 KiB of argument strings (64 of 1 Ki characters) reach the new program whole. */
int test_exec_big_args(void)
{
    static char *argv[70];
    char count[8];
    int n = 64, len = 1023;
    argv[0] = "usertests";
    argv[1] = "--args";
    snprintf(count, sizeof count, "%d", n);
    argv[2] = count;
    argv[3] = "1023";
    for (int i = 4; i < n + 4; i++) {
        argv[i] = malloc(len + 1);
        CHECK(argv[i] != 0);
        memset(argv[i], 'a' + i % 26, len);
        argv[i][len] = 0;
    }
    argv[n + 4] = 0;
    CHECK(run_helper(argv, environ) == 0);
    for (int i = 4; i < n + 4; i++)
        free(argv[i]);
    return 0;
}

int test_exec_errors(void)
{
    char *argv[] = { "x", 0 };
    int fd, zeros[64];
    CHECK(execve("/no/such/program", argv, environ) < 0 && errno == ENOENT);
    CHECK(execve("/", argv, environ) < 0 && errno == ENOEXEC);
    memset(zeros, 0, sizeof zeros);
    fd = open("/tmp_zero.qbin", O_WRONLY | O_CREAT | O_TRUNC);
    CHECK(fd >= 0);
    CHECK(write(fd, zeros, 64) == 64);
    close(fd);
    CHECK(execve("/tmp_zero.qbin", argv, environ) < 0 && errno == ENOEXEC);
    CHECK(unlink("/tmp_zero.qbin") == 0);
    return 0;
}

int test_waitpid_nohang(void)
{
    int fds[2], status;
    char c = 'x';
    pid_t pid;
    CHECK(pipe(fds) == 0);
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        close(fds[1]);
        read(fds[0], &c, 1);      /* blocks until the parent writes */
        _exit(3);
    }
    CHECK(waitpid(pid, &status, WNOHANG) == 0);
    CHECK(waitpid(pid + 1000, &status, WNOHANG) < 0 && errno == ECHILD);
    CHECK(write(fds[1], &c, 1) == 1);
    CHECK(waitpid(pid, &status, 0) == pid && WEXITSTATUS(status) == 3);
    CHECK(waitpid(-1, &status, WNOHANG) < 0 && errno == ECHILD);
    close(fds[0]);
    close(fds[1]);
    return 0;
}

/* A child whose parent exits is re-parented to pid 1 and reaped there. */
int test_orphan(void)
{
    int go[2], back[2], ppid = 0, status;
    pid_t pid;
    CHECK(pipe(go) == 0 && pipe(back) == 0);
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        pid_t grandchild = fork();
        if (grandchild == 0) {
            char c;
            read(go[0], &c, 1);   /* until the middle process has exited */
            ppid = getppid();
            write(back[1], &ppid, 1);
            _exit(0);
        }
        _exit(grandchild > 0 ? 0 : 1);
    }
    CHECK(waitpid(pid, &status, 0) == pid && WEXITSTATUS(status) == 0);
    CHECK(write(go[1], "g", 1) == 1);
    CHECK(read(back[0], &ppid, 1) == 1);
    CHECK(ppid == 1);
    CHECK(wait(&status) < 0 && errno == ECHILD);
    close(go[0]);
    close(go[1]);
    close(back[0]);
    close(back[1]);
    return 0;
}

int test_process_groups(void)
{
    int status;
    pid_t pid, me = getpid();
    CHECK(setpgid(0, 0) == 0 && getpgrp() == me);
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        for (;;)
            sched_yield();
    }
    CHECK(getpgid(pid) == me);
    CHECK(setpgid(pid, pid) == 0 && getpgid(pid) == pid);
    CHECK(setpgid(pid, 12345) < 0 && errno == EPERM);
    CHECK(kill(-pid, SIGTERM) == 0);
    CHECK(waitpid(pid, &status, 0) == pid && WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    CHECK(kill(-pid, SIGTERM) < 0 && errno == ESRCH);
    CHECK(setpgid(1, 1) < 0);
    return 0;
}

/* Fork until the process table is full, then everything ends and all is freed. */
int test_fork_exhaustion(void)
{
    char *exit0[] = { "usertests", "--exit", "0", 0 };
    pid_t pids[64];
    int n = 0, status;
    for (; n < 64; n++) {
        pids[n] = fork();
        if (pids[n] < 0)
            break;
        if (pids[n] == 0) {
            sleep(1);
            _exit(0);
        }
    }
    CHECK(n < 64 && errno == EAGAIN);
    for (int i = 0; i < n; i++)
        CHECK(waitpid(pids[i], &status, 0) == pids[i]);
    CHECK(run_helper(exit0, environ) == 0);
    return 0;
}

/* procinfo: the caller and a sleeping child are listed with their parent, group,
 * state and name; the list ends; a bad pointer is EFAULT. */
int test_procinfo(void)
{
    struct qpu_procinfo info;
    int fds[2], found_self = 0, found_child = 0, i;
    char c;
    pid_t pid;
    CHECK(pipe(fds) == 0);
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        read(fds[0], &c, 1);               /* sleeps until the parent writes */
        _exit(0);
    }
    for (i = 0; procinfo(i, &info) == 1; i++) {
        if (info.pid == getpid()) {
            found_self = info.ppid == getppid() && info.state == QPU_PROC_RUNNING &&
                         info.pgid == getpgrp() && !info.kernel &&
                         strcmp(info.name, "usertests.qbin") == 0 && info.cpu_ms >= 0;
        }
        if (info.pid == pid) {
            found_child = info.ppid == getpid() && info.state != QPU_PROC_ZOMBIE;
        }
    }
    CHECK(i >= 3 && i <= 32);               /* idle, init, the shell, ... */
    CHECK(procinfo(i, &info) == 0 && procinfo(1000, &info) == 0);
    CHECK(procinfo(0, (struct qpu_procinfo *)16) < 0 && errno == EFAULT);
    CHECK(found_self && found_child);
    CHECK(write(fds[1], "x", 1) == 1);
    CHECK(waitpid(pid, 0, 0) == pid);
    close(fds[0]);
    close(fds[1]);
    return 0;
}
