/* file_tests.c - file semantics across descriptors and processes: two descriptors of
 * one file see each other's writes, O_APPEND writers from two processes lose nothing,
 * stat/fstat, directories (mkdir, chdir, getcwd, readdir, rmdir), rename, unlink of
 * an open file. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"
#include "tests.h"

int test_shared_writes(void)
{
    int a = open("/ut_shared", O_RDWR | O_CREAT | O_TRUNC), b = open("/ut_shared", O_RDONLY);
    char buf[8];
    struct stat st;
    CHECK(a >= 0 && b >= 0);
    CHECK(write(a, "abcdef", 6) == 6);
    CHECK(read(b, buf, 8) == 6 && memcmp(buf, "abcdef", 6) == 0);
    CHECK(fstat(b, &st) == 0 && st.st_size == 6 && S_ISREG(st.st_mode));
    CHECK(stat("/ut_shared", &st) == 0 && st.st_size == 6);
    close(a);
    close(b);
    CHECK(unlink("/ut_shared") == 0);
    CHECK(stat("/ut_shared", &st) < 0 && errno == ENOENT);
    return 0;
}

/* Two processes append 100 lines each: all 200 are there, none torn. */
int test_append_two_writers(void)
{
    char line[16];
    int fd, status, n, total = 0;
    pid_t pids[2];
    fd = open("/ut_append", O_WRONLY | O_CREAT | O_TRUNC);
    CHECK(fd >= 0);
    close(fd);
    for (int w = 0; w < 2; w++) {
        pids[w] = fork();
        if (pids[w] == 0) {
            int f = open("/ut_append", O_WRONLY | O_APPEND);
            snprintf(line, sizeof line, "writer %d\n", w);
            for (int i = 0; i < 100; i++) {
                if (write(f, line, 9) != 9)
                    _exit(1);
                if (i % 10 == 0)
                    sched_yield();
            }
            _exit(0);
        }
    }
    for (int w = 0; w < 2; w++)
        CHECK(waitpid(pids[w], &status, 0) == pids[w] && status == 0);
    fd = open("/ut_append", O_RDONLY);
    CHECK(fd >= 0);
    while ((n = read(fd, line, 9)) == 9) {
        CHECK(memcmp(line, "writer ", 7) == 0 && line[8] == '\n');
        total++;
    }
    CHECK(n == 0 && total == 200);
    close(fd);
    CHECK(unlink("/ut_append") == 0);
    return 0;
}

int test_directories(void)
{
    char cwd[64];
    int fd, found = 0;
    struct stat st;
    DIR *d;
    struct dirent *e;
    CHECK(mkdir("/ut_dir", 0755) == 0);
    CHECK(mkdir("/ut_dir", 0755) < 0 && errno == EEXIST);
    CHECK(stat("/ut_dir", &st) == 0 && S_ISDIR(st.st_mode));
    CHECK(chdir("/ut_dir") == 0);
    CHECK(getcwd(cwd, sizeof cwd) != 0 && strcmp(cwd, "/ut_dir") == 0);
    fd = open("inner", O_WRONLY | O_CREAT);
    CHECK(fd >= 0 && write(fd, "x", 1) == 1);
    close(fd);
    CHECK(rmdir("/ut_dir") < 0 && errno == ENOTEMPTY);
    d = opendir(".");
    CHECK(d != 0);
    while ((e = readdir(d)) != 0)
        found += strcmp(e->d_name, "inner") == 0;
    closedir(d);
    CHECK(found == 1);
    CHECK(rename("inner", "/ut_dir/renamed") == 0);
    CHECK(stat("/ut_dir/inner", &st) < 0 && stat("/ut_dir/renamed", &st) == 0);
    CHECK(unlink("renamed") == 0);
    CHECK(chdir("/") == 0);
    CHECK(rmdir("/ut_dir") == 0);
    CHECK(chdir("/ut_dir") < 0 && errno == ENOENT);
    return 0;
}

/* A child's chdir is its own; an inherited descriptor still works after exec. */
int test_cwd_inherited(void)
{
    char cwd[64];
    int status;
    pid_t pid;
    CHECK(mkdir("/ut_cwd", 0755) == 0);
    CHECK(chdir("/ut_cwd") == 0);
    pid = fork();
    if (pid == 0) {
        char here[64];
        int ok = getcwd(here, sizeof here) && strcmp(here, "/ut_cwd") == 0;
        _exit(ok && chdir("/") == 0 ? 0 : 1);
    }
    CHECK(waitpid(pid, &status, 0) == pid && status == 0);
    CHECK(getcwd(cwd, sizeof cwd) && strcmp(cwd, "/ut_cwd") == 0);
    CHECK(chdir("/") == 0 && rmdir("/ut_cwd") == 0);
    return 0;
}
