/* unlink.c - unlink (POSIX): removing a file. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>
#include "../../libc_internal.h"
#define check __errno_result

int unlink(const char *path) { return (int)check(__io_unlink(path)); }
