/* read.c - read (POSIX): reading from a file descriptor. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

ssize_t read(int fd, void *buf, size_t len) { return check(__io_read(fd, buf, len)); }
