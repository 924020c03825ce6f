/* sched_yield.c (user target) - sched_yield as a system call (docs/syscalls.md). */
#include <sys/syscall.h>
#include <unistd.h>

int sched_yield(void) { return __sys_yield(); }
