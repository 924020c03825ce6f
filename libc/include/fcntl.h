/* fcntl.h - flags of open() and the descriptor calls (docs/syscalls.md). */
#ifndef _FCNTL_H
#define _FCNTL_H

#define O_RDONLY  0x000
#define O_WRONLY  0x001
#define O_RDWR    0x002
#define O_ACCMODE 0x003
#define O_CREAT   0x040
#define O_EXCL    0x080
#define O_TRUNC   0x200
#define O_APPEND  0x400
#define O_CLOEXEC 0x80000         /* the descriptor is closed by execve */

/* fcntl commands */
#define F_DUPFD          0        /* lowest free descriptor >= arg */
#define F_GETFD          1        /* the descriptor's flags: FD_CLOEXEC */
#define F_SETFD          2
#define F_GETFL          3        /* the open file's flags */
#define F_SETFL          4        /* only O_APPEND can change */
#define F_DUPFD_CLOEXEC  1030
#define FD_CLOEXEC       1

int open(const char *path, int flags, ...);
int fcntl(int fd, int cmd, ...);

#endif
