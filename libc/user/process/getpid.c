/* getpid.c (user target) - getpid as a system call (docs/syscalls.md). */
#include <sys/syscall.h>
#include <unistd.h>

pid_t getpid(void) { return __sys_getpid(); }
