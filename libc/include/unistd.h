/* unistd.h - the system calls under their POSIX-like names (user target). Each returns
 * -1 and sets errno on failure (the raw calls in <sys/syscall.h> return -errno). */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>

typedef long ssize_t;
typedef int pid_t;
#ifndef _QPU_FILE_TYPES
#define _QPU_FILE_TYPES
typedef long off_t;
typedef unsigned mode_t;
typedef unsigned ino_t;
typedef unsigned dev_t;
typedef unsigned nlink_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef long blksize_t;
typedef long blkcnt_t;
#endif

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

ssize_t read(int fd, void *buf, size_t len);
ssize_t write(int fd, const void *buf, size_t len);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int isatty(int fd);
int unlink(const char *path);
pid_t getpid(void);
void *sbrk(long increment);
void _exit(int status);
int sched_yield(void);
unsigned sleep(unsigned seconds);

/* files and directories (libc/user/file.c; docs/syscalls.md 40..59) */
int rmdir(const char *path);
int chdir(const char *path);
char *getcwd(char *buf, size_t size);
int fsync(int fd);
void sync(void);
int ftruncate(int fd, off_t length);

/* Option parsing (libc/src/posix/getopt.c). */
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);

#endif
