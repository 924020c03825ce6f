/* syscalls.c - exercises every system call of docs/syscalls.md once, printing results
 * that tests/kernel/sessions/syscalls.session compares. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>

static void show(const char *what, int result)
{
    printf("%s: %d\n", what, result);
}

int main(int argc, char **argv)
{
    char *child_argv[] = { "args", "from", "spawn", 0 };
    char buf[64];
    int status = 12345, pid, fd, n;
    if (argc > 1) {                       /* the child: exit with the given status */
        return argv[1][0] - '0';
    }
    show("getpid > 1", __sys_getpid() > 1);
    pid = __sys_spawn("/bin/args.qbin", child_argv);
    show("spawn args > 0", pid > 0);
    show("wait for it", __sys_wait(pid, &status) == pid);
    show("its status", status);
    pid = __sys_spawn("/bin/syscalls.qbin", (char *[]){ "syscalls", "7", 0 });
    show("wait any", __sys_wait(-1, &status) == pid);
    show("child status", status);
    show("wait without children", __sys_wait(-1, 0));
    show("spawn missing", __sys_spawn("/bin/missing.qbin", 0));
    show("spawn a directory", __sys_spawn("/bin", 0));
    show("create", __sys_create("/t.txt"));
    show("create again", __sys_create("/t.txt"));
    fd = __sys_open("/t.txt", O_WRONLY | O_APPEND);
    show("write", __sys_write(fd, "abcdef", 6));
    show("write more", __sys_write(fd, "gh\n", 3));
    show("write to a read-only fd", __sys_write(0 + fd - fd + 99, "x", 1));
    show("close", __sys_close(fd));
    show("close again", __sys_close(fd));
    fd = __sys_open("/t.txt", O_RDONLY);
    show("seek end", __sys_seek(fd, 0, 2));
    show("seek set 2", __sys_seek(fd, 2, 0));
    n = __sys_read(fd, buf, 63);
    buf[n > 0 ? n : 0] = 0;
    printf("read %d: %s", n, buf);
    show("read at end", __sys_read(fd, buf, 10));
    show("seek negative", __sys_seek(fd, -1, 0));
    show("isatty file", __sys_isatty(fd));
    show("isatty stdout", __sys_isatty(1));
    show("seek console", __sys_seek(1, 0, 0));
    show("destroy while open", __sys_destroy("/t.txt"));
    __sys_close(fd);
    fd = __sys_open("/t.txt", O_WRONLY | O_TRUNC);
    show("truncated, write", __sys_write(fd, "z", 1));
    __sys_close(fd);
    fd = __sys_open("/t.txt", O_RDONLY);
    show("size after truncate", __sys_seek(fd, 0, 2));
    __sys_close(fd);
    show("destroy", __sys_destroy("/t.txt"));
    show("open destroyed", __sys_open("/t.txt", O_RDONLY));
    show("open a directory for writing", __sys_open("/bin", O_WRONLY));
    show("read a directory", __sys_read(__sys_open("/bin", O_RDONLY), buf, 4));
    show("readdir a file", __sys_readdir(__sys_open("/README", O_RDONLY), 0));
    show("open a long name", __sys_open("/abcdefghijklmnopqrstuvwxyz", O_RDONLY));
    int before = __sys_clock();
    show("sleep 30", __sys_sleep(30));
    show("slept >= 30 ms", __sys_clock() - before >= 30);
    show("yield", __sys_yield());
    show("sbrk 0 > 0x1000", __sys_sbrk(0) > 0x1000);
    return 0;
}
