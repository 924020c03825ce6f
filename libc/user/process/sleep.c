/* sleep.c (user target) - sleep as a system call (docs/syscalls.md). */
#include <sys/syscall.h>
#include <unistd.h>

/* A handler installed without SA_RESTART ends the sleep early: the seconds left. */
unsigned sleep(unsigned seconds)
{
    int ms = (int)(seconds * 1000), start = __sys_clock(), left;
    if (__sys_sleep(ms) >= 0)
        return 0;
    left = ms - (__sys_clock() - start);
    return left > 0 ? (unsigned)(left + 999) / 1000 : 0;
}
