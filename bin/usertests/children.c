/* children.c - the child processes the signal and job-control tests act on: one that
 * spins for ever, and the handshake that waits until a child blocks in a call. */
#include <unistd.h>
#include "usertests.h"

pid_t spin_child(void)
{
    pid_t pid = fork();
    if (pid == 0)
        for (;;)
            sched_yield();
    return pid;
}

int await_blocked(int ready_fd)
{
    char c;
    if (read(ready_fd, &c, 1) != 1)
        return -1;
    /* the child wrote its byte just before its call: a few turns let it block there */
    for (int i = 0; i < 20; i++)
        sched_yield();
    return 0;
}
