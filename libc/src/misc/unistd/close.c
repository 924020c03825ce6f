/* close.c - close (POSIX): closing a file descriptor. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

int close(int fd) { return (int)check(__io_close(fd)); }
