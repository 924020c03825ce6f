/* qpu_free_pages.c (user target) - qpu_free_pages as a system call (docs/syscalls.md):
 * -1 and errno on failure. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/procinfo.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../../src/libc_internal.h"
#define check(x) ((int)__errno_result(x))

int qpu_free_pages(void) { return __sys_freepages(); }
