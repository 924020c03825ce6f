/* crashload.c - the write-heavy workload that tests/kernel/crash_test.py cuts off at
 * many cycle counts: files created, appended, renamed (also over another file and
 * across directories), removed, directories made and removed, and a 300 KiB file
 * written 4 KiB at a time. Contents are fixed, so the checker knows every state each
 * file may be in (crash_test.py mirrors them). */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char buf[4096];

static void put(const char *path, int flags, const char *text)
{
    int fd = open(path, flags);
    write(fd, text, strlen(text));
    close(fd);
}

static const char *content(int i)
{
    static char text[100];
    sprintf(text, "file %d version 0 -- some bytes to make it longer\n", i);
    return text;
}

static const char *appendix(int i)
{
    static char text[100];
    sprintf(text, "file %d appended line\n", i);
    return text;
}

int main(void)
{
    char path[32];
    mkdir("/w", 0755);
    for (int i = 0; i < 6; i++) {
        sprintf(path, "/w/f%d", i);
        put(path, O_WRONLY | O_CREAT | O_TRUNC, content(i));
    }
    for (int i = 0; i < 6; i++) {
        sprintf(path, "/w/f%d", i);
        put(path, O_WRONLY | O_APPEND, appendix(i));
    }
    rename("/w/f0", "/w/g0");
    rename("/w/f1", "/w/f2");
    unlink("/w/f3");
    mkdir("/w/d", 0755);
    put("/w/d/x", O_WRONLY | O_CREAT, "x in d\n");
    rename("/w/d/x", "/w/y");
    rmdir("/w/d");
    for (int i = 0; i < (int)sizeof buf; i++)
        buf[i] = 'A' + i % 23;
    int fd = open("/big", O_WRONLY | O_CREAT | O_TRUNC);
    for (int k = 0; k < 75; k++)
        write(fd, buf, sizeof buf);
    close(fd);
    printf("crashload done\n");
    return 0;
}
