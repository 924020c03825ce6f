/* unistd.h - the system calls under their POSIX-like names (user target). Each returns
 * -1 and sets errno on failure (the raw calls in <sys/syscall.h> return -errno). */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>

typedef long ssize_t;
typedef int pid_t;
typedef long off_t;

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

/* Option parsing (libc/src/posix/getopt.c). */
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);

#endif
