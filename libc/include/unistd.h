/* unistd.h - the system calls under their POSIX-like names (user target). Each returns
 * -1 and sets errno on failure (the raw calls in <sys/syscall.h> return -errno). */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>
#include <sys/types.h>

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

/* processes (docs/syscalls.md) */
pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execl(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);
pid_t getppid(void);
int setpgid(pid_t pid, pid_t pgid);
pid_t getpgid(pid_t pid);
pid_t getpgrp(void);
int tcsetpgrp(int fd, pid_t pgrp);
pid_t tcgetpgrp(int fd);
extern char **environ;

/* descriptors */
int pipe(int fds[2]);
int pipe2(int fds[2], int flags);
int dup(int fd);
int dup2(int fd, int newfd);

/* the free physical pages (1 Ki words each): a QPU extension for leak tests */
int qpu_free_pages(void);

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
