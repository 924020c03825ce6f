/* process.c (user target) - the process calls of <unistd.h> as system calls. */
#include <sys/syscall.h>
#include <unistd.h>

pid_t getpid(void) { return __sys_getpid(); }
int sched_yield(void) { return __sys_yield(); }

/* A handler installed without SA_RESTART ends the sleep early: the seconds left. */
unsigned sleep(unsigned seconds)
{
    int ms = (int)(seconds * 1000), start = __sys_clock(), left;
    if (__sys_sleep(ms) >= 0)
        return 0;
    left = ms - (__sys_clock() - start);
    return left > 0 ? (unsigned)(left + 999) / 1000 : 0;
}
