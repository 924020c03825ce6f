/* pipe_tests.c - pipes, dup, dup2, fcntl and close-on-exec. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"
#include "tests.h"

#define BIG (64 * 1024)

int test_pipe_basic(void)
{
    int fds[2];
    char buf[16];
    CHECK(pipe(fds) == 0 && fds[0] != fds[1]);
    CHECK(write(fds[1], "hello", 5) == 5);
    CHECK(read(fds[0], buf, sizeof buf) == 5 && memcmp(buf, "hello", 5) == 0);
    CHECK(lseek(fds[0], 0, 0) < 0 && errno == ESPIPE);
    CHECK(read(fds[1], buf, 1) < 0 && errno == EBADF);
    CHECK(write(fds[0], buf, 1) < 0 && errno == EBADF);
    CHECK(close(fds[1]) == 0);
    CHECK(read(fds[0], buf, sizeof buf) == 0);    /* no writer left: end of file */
    CHECK(close(fds[0]) == 0);
    return 0;
}

/* 64 Ki words from a child through a pipe, checked word by word. */
int test_pipe_64k(void)
{
    static char buf[4096];
    int fds[2], total = 0, n, status, bad = 0;
    pid_t pid;
    CHECK(pipe(fds) == 0);
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        for (int i = 0; i < (int)sizeof buf; i++)
            buf[i] = i * 7 + 3;
        for (int sent = 0; sent < BIG; sent += sizeof buf)
            if (write(fds[1], buf, sizeof buf) != sizeof buf)
                _exit(1);
        _exit(0);
    }
    close(fds[1]);
    while ((n = read(fds[0], buf, 1000)) > 0) {
        for (int i = 0; i < n; i++)
            bad += buf[i] != (char)(((total + i) % 4096) * 7 + 3);
        total += n;
    }
    CHECK(n == 0 && total == BIG && bad == 0);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    close(fds[0]);
    return 0;
}

/* The reader exits early: the writer gets SIGPIPE (default: killed by it), or EPIPE
 * when it ignores SIGPIPE. */
int test_pipe_reader_exits(void)
{
    static char buf[2048];
    int fds[2], status;
    pid_t reader, writer;
    for (int ignore = 0; ignore < 2; ignore++) {
        CHECK(pipe(fds) == 0);
        reader = fork();
        CHECK(reader >= 0);
        if (reader == 0) {
            close(fds[1]);
            read(fds[0], buf, 10);
            _exit(0);
        }
        writer = fork();
        CHECK(writer >= 0);
        if (writer == 0) {
            close(fds[0]);
            if (ignore)
                signal(SIGPIPE, SIG_IGN);
            for (int i = 0; i < 1000; i++)
                if (write(fds[1], buf, sizeof buf) < 0)
                    _exit(errno == EPIPE ? 5 : 6);
            _exit(7);
        }
        close(fds[0]);
        close(fds[1]);
        CHECK(waitpid(reader, &status, 0) == reader);
        CHECK(waitpid(writer, &status, 0) == writer);
        if (ignore)
            CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5);
        else
            CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE);
    }
    return 0;
}

/* Two children in a pipeline, as a shell makes one: dup2 onto 0 and 1. */
int test_pipeline(void)
{
    int fds[2], status, n;
    char buf[32];
    pid_t a, b;
    int out[2];
    CHECK(pipe(fds) == 0 && pipe(out) == 0);
    a = fork();
    if (a == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        write(1, "through", 7);
        _exit(0);
    }
    b = fork();
    if (b == 0) {
        dup2(fds[0], 0);
        close(fds[0]);
        close(fds[1]);
        n = read(0, buf, sizeof buf);
        write(out[1], buf, n);
        _exit(read(0, buf, 1) == 0 ? 0 : 1);
    }
    close(fds[0]);
    close(fds[1]);
    CHECK(a > 0 && b > 0);
    CHECK(waitpid(a, &status, 0) == a && status == 0);
    CHECK(waitpid(b, &status, 0) == b && status == 0);
    CHECK(read(out[0], buf, sizeof buf) == 7 && memcmp(buf, "through", 7) == 0);
    close(out[0]);
    close(out[1]);
    return 0;
}

int test_dup(void)
{
    int fds[2], d, e;
    char buf[8];
    CHECK(pipe(fds) == 0);
    d = dup(fds[1]);
    CHECK(d > fds[1]);
    CHECK(write(d, "ab", 2) == 2);
    close(d);
    e = dup2(fds[1], 9);
    CHECK(e == 9 && write(9, "cd", 2) == 2);
    CHECK(dup2(9, 9) == 9);
    CHECK(dup2(99, 3) < 0 && errno == EBADF);
    CHECK(dup2(fds[1], 99) < 0 && errno == EBADF);
    CHECK(dup(-1) < 0 && errno == EBADF);
    close(9);
    close(fds[1]);
    CHECK(read(fds[0], buf, 8) == 4 && memcmp(buf, "abcd", 4) == 0);
    CHECK(read(fds[0], buf, 8) == 0);
    close(fds[0]);
    return 0;
}

/* Descriptors share the open file: a dup'd or inherited descriptor moves the same
 * offset. */
int test_shared_offset(void)
{
    int fd = open("/tmp_offset", O_RDWR | O_CREAT | O_TRUNC), d, status;
    char buf[8];
    pid_t pid;
    CHECK(fd >= 0);
    CHECK(write(fd, "0123456789", 10) == 10);
    CHECK(lseek(fd, 0, 0) == 0);
    d = dup(fd);
    CHECK(read(d, buf, 3) == 3 && lseek(fd, 0, 1) == 3);
    pid = fork();
    if (pid == 0)
        _exit(read(fd, buf, 2) == 2 ? 0 : 1);
    CHECK(waitpid(pid, &status, 0) == pid && status == 0);
    CHECK(read(d, buf, 1) == 1 && buf[0] == '5');
    close(d);
    close(fd);
    CHECK(unlink("/tmp_offset") == 0);
    return 0;
}

int test_cloexec(void)
{
    int fds[2], status;
    char fdname[4], *closed[] = { "usertests", "--fd-closed", fdname, 0 };
    char *open_[] = { "usertests", "--fd-open", fdname, 0 };
    CHECK(pipe2(fds, O_CLOEXEC) == 0);
    CHECK(fcntl(fds[0], F_GETFD) == FD_CLOEXEC);
    snprintf(fdname, sizeof fdname, "%d", fds[0]);
    CHECK(run_helper(closed, environ) == 0);
    CHECK(fcntl(fds[0], F_SETFD, 0) == 0 && fcntl(fds[0], F_GETFD) == 0);
    CHECK(run_helper(open_, environ) == 0);
    CHECK(fcntl(fds[1], F_SETFD, FD_CLOEXEC) == 0);
    snprintf(fdname, sizeof fdname, "%d", fds[1]);
    status = run_helper(closed, environ);
    CHECK(status == 0);
    CHECK(fcntl(fds[1], F_DUPFD, 10) == 10 && fcntl(10, F_GETFD) == 0);
    CHECK(fcntl(fds[1], F_GETFL) == O_WRONLY);
    CHECK(fcntl(fds[1], 12345) < 0 && errno == EINVAL);
    CHECK(pipe2(fds, 0x1234) < 0 && errno == EINVAL);
    close(10);
    close(fds[0]);
    close(fds[1]);
    return 0;
}

/* Open descriptors run out cleanly. */
int test_fd_exhaustion(void)
{
    int fds[2], n = 0, keep[64];
    while (n < 60 && pipe(fds) == 0) {
        keep[n++] = fds[0];
        keep[n++] = fds[1];
    }
    CHECK(n < 60 && (errno == EMFILE || errno == ENFILE));
    for (int i = 0; i < n; i++)
        CHECK(close(keep[i]) == 0);
    CHECK(pipe(fds) == 0);
    close(fds[0]);
    close(fds[1]);
    return 0;
}
