/* process.c (user target) - the process calls of <unistd.h> as system calls. */
#include <sys/syscall.h>
#include <unistd.h>

pid_t getpid(void) { return __sys_getpid(); }
int sched_yield(void) { return __sys_yield(); }

unsigned sleep(unsigned seconds)
{
    __sys_sleep((int)(seconds * 1000));
    return 0;
}
