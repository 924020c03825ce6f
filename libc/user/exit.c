/* exit.c (user target) - _exit: the exit system call, which does not return. */
#include <sys/syscall.h>
#include "../src/libc_internal.h"

void _exit(int status)
{
    for (;;)
        __sys_exit(status);
}
