/* sync.c (user target) - sync as a system call (docs/syscalls.md): -1 and errno on
 * failure. */
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

void sync(void) { __sys_sync(); }
