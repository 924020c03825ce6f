/* badptr.c - passes bad pointers and lengths to system calls; each must be refused
 * with -EFAULT (-14) and nothing else may happen (tests/kernel). */
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>

static void show(const char *what, int result)
{
    printf("%s: %d\n", what, result);
}

int main(void)
{
    static char buf[8] = "abcdefg";
    struct qpu_dirent *bad_entry = (struct qpu_dirent *)0x60;
    int dir = __sys_open("/", O_RDONLY);
    show("write from page 0", __sys_write(1, (void *)0x10, 4));
    show("write from unmapped memory", __sys_write(1, (void *)0x00800000, 4));
    show("write past the stack top", __sys_write(1, (void *)0x00FFFFFE, 10));
    show("write with a huge length", __sys_write(1, buf, 0x7FFFFFFF));
    show("write with a negative length", __sys_write(1, buf, -5));
    show("read into page 0", __sys_read(0, (void *)0x20, 4));
    show("open a bad path", __sys_open((const char *)0x30, O_RDONLY));
    show("create a bad path", __sys_create((const char *)0x00900000));
    show("spawn with a bad argv", __sys_spawn("/bin/hello.qbin", (char *const *)0x40));
    show("wait with a bad status pointer", __sys_wait(-1, (int *)0x50));
    show("readdir into page 0", __sys_readdir(dir, bad_entry));
    printf("still alive\n");
    return 0;
}
