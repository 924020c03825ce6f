/* sys/syscall.h - THE list of system calls (docs/syscalls.md), an X-macro from which the
 * libc stubs (libc/user/gensyscalls.c writes one assembly stub per entry) and the
 * kernel's dispatch table are both generated. A call is `int 0x80` with the number in
 * r0 and the arguments in r1..r3; the result comes back in r0, a negative value being
 * -errno (<errno.h>).
 *
 * QPU_SYSCALLS(X) calls X(name, number, argument count) for each call, in number order.
 * Numbers are grouped by subsystem; an unused number is a bad system call.
 * Numbers 0..8 keep the meanings of the reference platform's calls. */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

#define QPU_SYSCALL_INTERRUPT 0x80

#define QPU_SYSCALLS(X)  \
    X(exit,     0, 1)    /* exit(status): ends the process; never returns */         \
    X(read,     1, 3)    /* read(fd, buf, len) -> count, 0 at end of file */          \
    X(write,    2, 3)    /* write(fd, buf, len) -> count */                           \
    X(open,     3, 2)    /* open(path, flags) -> fd; flags from <fcntl.h> */          \
    X(close,    4, 1)    /* close(fd) -> 0 */                                         \
    X(create,   5, 1)    /* create(path) -> 0: new empty file, EEXIST if present */   \
    X(destroy,  6, 1)    /* destroy(path) -> 0: removes the file */                   \
    X(spawn,    7, 2)    /* spawn(path, argv) -> pid of the new process */            \
    X(yield,    8, 0)    /* yield() -> 0: lets another process run */                 \
    X(wait,     9, 2)    /* wait(pid, &status) -> pid of the child that ended */      \
    X(getpid,  10, 0)    /* getpid() -> this process's id */                          \
    X(sbrk,    11, 1)    /* sbrk(increment) -> previous end of the heap */            \
    X(readdir, 12, 2)    /* readdir(fd, struct qpu_dirent *) -> 1, or 0 at the end */ \
    X(clock,   13, 0)    /* clock() -> milliseconds since boot */                     \
    X(seek,    14, 3)    /* seek(fd, offset, whence) -> new position */               \
    X(isatty,  15, 1)    /* isatty(fd) -> 1 for the console, 0 otherwise */           \
    X(sleep,   16, 1)    /* sleep(ms) -> 0 after at least ms ms (EINTR: a handler) */ \
    /* 17..39: processes, signals, pipes */                                         \
    X(fork,        17, 0) /* fork() -> child's pid in the parent, 0 in the child */    \
    X(execve,      18, 3) /* execve(path, argv, envp): replaces the program */        \
    X(waitpid,     19, 3) /* waitpid(pid, &status, options) -> pid, 0 (WNOHANG) */   \
    X(getppid,     20, 0) /* getppid() -> the parent's pid */                         \
    X(kill,        21, 2) /* kill(pid, sig) -> 0; pid < 0: process group -pid */      \
    X(sigaction,   22, 3) /* sigaction(sig, &new, &old) -> 0 (struct __sigaction) */  \
    X(sigreturn,   23, 0) /* sigreturn(): ends a handler (the restorer calls it) */  \
    X(sigprocmask, 24, 3) /* sigprocmask(how, &set, &old) -> 0 */                     \
    X(pipe,        25, 2) /* pipe(int fds[2], flags) -> 0; flags: O_CLOEXEC */        \
    X(dup,         26, 1) /* dup(fd) -> lowest free descriptor for the same file */  \
    X(dup2,        27, 2) /* dup2(fd, newfd) -> newfd */                              \
    X(fcntl,       28, 3) /* fcntl(fd, cmd, arg): F_DUPFD, F_GETFD, F_SETFD, F_GETFL */\
    X(setpgid,     29, 2) /* setpgid(pid, pgid) -> 0 (0 = self / pgid = pid) */       \
    X(getpgid,     30, 1) /* getpgid(pid) -> process group (pid 0: self) */           \
    X(tcsetpgrp,   31, 2) /* tcsetpgrp(fd, pgrp) -> 0: the foreground process group */\
    X(tcgetpgrp,   32, 1) /* tcgetpgrp(fd) -> the foreground process group */         \
    X(freepages,   33, 0) /* freepages() -> free physical pages (1 Ki words each) */  \
    X(procinfo,    34, 2) /* procinfo(index, struct qpu_procinfo *) -> 1, 0 past end */\
    X(spawnve,     35, 3) /* spawnve(path, argv, envp) -> pid: spawn, with environment */\
    /* 40..59: files and directories */                                             \
    X(stat,    40, 2)    /* stat(path, struct stat *) -> 0 (<sys/stat.h>) */          \
    X(fstat,   41, 2)    /* fstat(fd, struct stat *) -> 0 */                          \
    X(mkdir,   42, 1)    /* mkdir(path) -> 0: a new empty directory */                \
    X(rmdir,   43, 1)    /* rmdir(path) -> 0: removes an empty directory */           \
    X(unlink,  44, 1)    /* unlink(path) -> 0: removes a file (not a directory) */    \
    X(rename,  45, 2)    /* rename(old, new) -> 0: atomic, replaces new */            \
    X(getcwd,  46, 2)    /* getcwd(buf, size) -> length of the path copied to buf */  \
    X(chdir,   47, 1)    /* chdir(path) -> 0: changes the current directory */        \
    X(fsync,   48, 1)    /* fsync(fd) -> 0 once the file is on the disk */            \
    X(sync,    49, 0)    /* sync() -> 0 once everything is on the disk */             \
    X(ftruncate, 50, 2)  /* ftruncate(fd, length) -> 0: cuts or zero-extends */       \
    /* 60..69: terminal */                                                          \
    X(tcattr,  60, 3)    /* tcattr(fd, op, struct termios *): 0 get, 1 set, 2 set+flush */ \
    /* 70..79: display and keyboard */ \
    X(display_open,  70, 1) /* display_open(int info[2]) -> frame 0's address */ \
    X(display_show,  71, 1) /* display_show(frame) -> 0: shows frame 0 or 1 */    \
    X(display_close, 72, 0) /* display_close() -> 0: unmaps, frees the display */  \
    X(display_keys,  73, 1) /* display_keys(int keys[5]) -> 0: keys held */

/* SYS_exit = 0, SYS_read = 1, ... */
enum {
#define QPU_SYSCALL_ENUM(name, number, nargs) SYS_##name = number,
    QPU_SYSCALLS(QPU_SYSCALL_ENUM)
#undef QPU_SYSCALL_ENUM
    QPU_SYSCALL_COUNT
};

/* What readdir fills in: one live directory entry (spec/qfs.md). */
#define QPU_NAME_MAX 24
struct qpu_dirent {
    int flags;                    /* 0x02 directory, 0x04 executable */
    int size;                     /* bytes */
    char name[QPU_NAME_MAX + 1];  /* NUL-terminated, one character per word */
};

/* The raw calls, one assembly stub each: arguments as listed above, result as the
 * kernel returns it (negative = -errno). */
void __sys_exit(int status);
int __sys_read(int fd, void *buf, int len);
int __sys_write(int fd, const void *buf, int len);
int __sys_open(const char *path, int flags);
int __sys_close(int fd);
int __sys_create(const char *path);
int __sys_destroy(const char *path);
int __sys_spawn(const char *path, char *const argv[]);
int __sys_spawnve(const char *path, char *const argv[], char *const envp[]);
int __sys_yield(void);
int __sys_wait(int pid, int *status);
int __sys_getpid(void);
int __sys_sbrk(int increment);
int __sys_readdir(int fd, struct qpu_dirent *entry);
int __sys_clock(void);
int __sys_seek(int fd, int offset, int whence);
int __sys_isatty(int fd);
int __sys_sleep(int ms);
int __sys_fork(void);
int __sys_execve(const char *path, char *const argv[], char *const envp[]);
int __sys_waitpid(int pid, int *status, int options);
int __sys_getppid(void);
int __sys_kill(int pid, int sig);
struct __sigaction;
int __sys_sigaction(int sig, const struct __sigaction *act, struct __sigaction *old);
int __sys_sigreturn(void);
int __sys_sigprocmask(int how, const unsigned *set, unsigned *old);
int __sys_pipe(int *fds, int flags);
int __sys_dup(int fd);
int __sys_dup2(int fd, int newfd);
int __sys_fcntl(int fd, int cmd, int arg);
int __sys_setpgid(int pid, int pgid);
int __sys_getpgid(int pid);
int __sys_tcsetpgrp(int fd, int pgrp);
int __sys_tcgetpgrp(int fd);
int __sys_freepages(void);
struct qpu_procinfo;
int __sys_procinfo(int index, struct qpu_procinfo *info);

/* What sigaction passes (<signal.h> builds it from struct sigaction). */
struct __sigaction {
    int handler;                  /* user address, 0 = SIG_DFL, 1 = SIG_IGN */
    unsigned mask;                /* signals blocked while the handler runs */
    int flags;                    /* SA_RESTART, SA_RESETHAND, SA_NODEFER */
    int restorer;                 /* code the handler returns to: makes sigreturn */
};
struct stat;
int __sys_stat(const char *path, struct stat *st);
int __sys_fstat(int fd, struct stat *st);
int __sys_mkdir(const char *path);
int __sys_rmdir(const char *path);
int __sys_unlink(const char *path);
int __sys_rename(const char *old_path, const char *new_path);
int __sys_getcwd(char *buf, int size);
int __sys_chdir(const char *path);
int __sys_fsync(int fd);
int __sys_sync(void);
int __sys_ftruncate(int fd, int length);
int __sys_display_open(int *info);
int __sys_display_show(int frame);
int __sys_display_close(void);
int __sys_display_keys(int *keys);
struct termios;
int __sys_tcattr(int fd, int op, struct termios *t);

#endif
