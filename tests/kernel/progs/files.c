/* files.c - the file semantics of issue 12 through libc's POSIX calls: one shared file
 * per open file (two descriptors see each other's writes), O_APPEND from two processes
 * at once loses no line, unknown open flags are refused, stat/fstat, mkdir, rmdir,
 * unlink, rename (over a file, across directories, a directory into itself), getcwd
 * and chdir, opendir/readdir/closedir, lseek, ftruncate, fsync and sync. Prints results
 * that tests/kernel/sessions/files.session compares. `files append PATH TAG N` is the
 * child that appends N lines. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static void show(const char *what, int result)
{
    printf("%s: %d", what, result);
    if (result < 0)
        printf(" (%s)", strerror(errno));
    printf("\n");
}

static int append_lines(const char *path, const char *tag, int n)
{
    char line[32];
    int fd = open(path, O_WRONLY | O_APPEND);
    if (fd < 0)
        return 1;
    for (int i = 0; i < n; i++) {
        int len = sprintf(line, "%s %d\n", tag, i);
        if (write(fd, line, len) != len)
            return 1;
        if (i % 3 == 0)
            __sys_yield();
    }
    return close(fd) != 0;
}

static int count_lines(const char *path)
{
    char buf[256];
    int fd = open(path, O_RDONLY), n, lines = 0;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        for (int i = 0; i < n; i++)
            lines += buf[i] == '\n';
    close(fd);
    return lines;
}

static void shared_file(void)
{
    char buf[16] = { 0 };
    int a = open("/sh.txt", O_RDWR | O_CREAT | O_TRUNC);
    int b = open("/sh.txt", O_RDONLY);
    struct stat st;
    show("write via a", (int)write(a, "hello", 5));
    show("read via b", (int)read(b, buf, sizeof buf - 1));
    printf("b saw: %s\n", buf);
    fstat(b, &st);
    show("fstat b size", (int)st.st_size);
    show("open with flag 0x7fffffff", open("/sh.txt", 0x7fffffff));
    show("open with mode 3", open("/sh.txt", 3));
    stat("/sh.txt", &st);
    show("size kept", (int)st.st_size);
    show("O_EXCL on existing", open("/sh.txt", O_WRONLY | O_CREAT | O_EXCL));
    show("lseek end", (int)lseek(b, 0, SEEK_END));
    show("ftruncate 2", ftruncate(a, 2));
    show("lseek end now", (int)lseek(b, 0, SEEK_END));
    show("ftruncate 600", ftruncate(a, 600));
    lseek(b, 598, SEEK_SET);
    show("read zeros", (int)read(b, buf, 4));
    printf("bytes: %d %d\n", buf[0], buf[1]);
    show("fsync", fsync(a));
    close(a);
    close(b);
    sync();
}

static void appenders(void)
{
    int p1, p2, status;
    close(open("/app.txt", O_WRONLY | O_CREAT | O_TRUNC));
    p1 = __sys_spawn("/bin/files.qbin", (char *[]){ "files", "append", "/app.txt", "A", 0 });
    p2 = __sys_spawn("/bin/files.qbin", (char *[]){ "files", "append", "/app.txt", "B", 0 });
    __sys_wait(p1, &status);
    __sys_wait(p2, &status);
    show("appended lines", count_lines("/app.txt"));
}

static void stats(void)
{
    struct stat st;
    show("stat /", stat("/", &st));
    printf("/ is dir: %d\n", S_ISDIR(st.st_mode));
    show("stat /bin/hello.qbin", stat("/bin/hello.qbin", &st));
    printf("regular %d, mode %o, blocks>0 %d\n", S_ISREG(st.st_mode), st.st_mode & 0777,
           st.st_blocks > 0);
    show("stat missing", stat("/nope", &st));
    show("stat through a file", stat("/sh.txt/x", &st));
    show("fstat stdout", fstat(1, &st));
    printf("stdout is chr: %d\n", S_ISCHR(st.st_mode));
    show("fstat bad fd", fstat(7, &st));
}

static void directories(void)
{
    char cwd[64];
    struct stat st;
    show("mkdir /d", mkdir("/d", 0755));
    show("mkdir again", mkdir("/d", 0755));
    show("mkdir /d/e", mkdir("/d/e", 0755));
    show("mkdir no parent", mkdir("/x/y", 0755));
    show("rmdir non-empty", rmdir("/d"));
    show("rmdir a file", rmdir("/sh.txt"));
    show("unlink a dir", unlink("/d/e"));
    show("chdir /d", chdir("/d"));
    printf("getcwd: %s\n", getcwd(cwd, sizeof cwd));
    show("getcwd small", getcwd(cwd, 2) ? 0 : -1);
    show("chdir a file", chdir("/sh.txt"));
    show("relative create", close(open("f", O_WRONLY | O_CREAT)));
    show("stat /d/f", stat("/d/f", &st));
    show("chdir ..", chdir(".."));
    printf("getcwd: %s\n", getcwd(cwd, sizeof cwd));
    show("rename d into itself", rename("/d", "/d/e/z"));
    show("rename file over file", rename("/sh.txt", "/app.txt"));
    stat("/app.txt", &st);
    show("new size", (int)st.st_size);
    show("old gone", stat("/sh.txt", &st));
    show("rename across dirs", rename("/app.txt", "/d/e/moved"));
    show("stat moved", stat("/d/e/moved", &st));
    show("rename dir", rename("/d/e", "/e2"));
    show("stat via new dir", stat("/e2/moved", &st));
    show("rename file over dir", rename("/d/f", "/e2"));
    show("rename dir over non-empty", rename("/d", "/e2"));
    show("rename missing", rename("/nope", "/x"));
    show("unlink", unlink("/e2/moved"));
    show("unlink again", unlink("/e2/moved"));
    show("rename dir over empty", rename("/e2", "/d/f2"));
    show("unlink f", unlink("/d/f"));
    show("rmdir f2", rmdir("/d/f2"));
    show("rmdir d", rmdir("/d"));
    show("rmdir /", rmdir("/"));
}

static void open_rename(void)
{
    char buf[8] = { 0 };
    int fd = open("/r1", O_RDWR | O_CREAT | O_TRUNC);
    write(fd, "abc", 3);
    show("rename open file", rename("/r1", "/r2"));
    write(fd, "def", 3);
    close(fd);
    fd = open("/r2", O_RDONLY);
    show("read renamed", (int)read(fd, buf, 7));
    printf("r2: %s\n", buf);
    show("unlink open file", unlink("/r2"));
    close(fd);
    show("unlink closed", unlink("/r2"));
}

static void listing(void)
{
    DIR *d;
    struct dirent *e;
    int dirs = 0, files = 0, hello = 0;
    mkdir("/l", 0755);
    for (int i = 0; i < 6; i++) {
        char name[16];
        sprintf(name, "/l/f%d", i);
        close(open(name, O_WRONLY | O_CREAT));
    }
    mkdir("/l/sub", 0755);
    d = opendir("/l");
    while ((e = readdir(d)) != NULL) {
        if (e->d_type == DT_DIR)
            dirs++;
        else
            files++;
    }
    closedir(d);
    printf("readdir /l: %d files, %d dirs\n", files, dirs);
    d = opendir("/bin");
    while ((e = readdir(d)) != NULL)
        hello += strcmp(e->d_name, "hello.qbin") == 0;
    closedir(d);
    printf("hello.qbin in /bin: %d\n", hello);
    show("opendir a file", opendir("/bin/hello.qbin") ? 0 : -1);
    show("opendir missing", opendir("/nope") ? 0 : -1);
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "append") == 0)
        return append_lines(argv[2], argv[3], 60);
    shared_file();
    appenders();
    stats();
    directories();
    open_rename();
    listing();
    return 0;
}
