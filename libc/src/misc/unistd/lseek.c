/* lseek.c - lseek (POSIX): moving a descriptor's file position. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

off_t lseek(int fd, off_t offset, int whence) { return check(__io_seek(fd, offset, whence)); }
