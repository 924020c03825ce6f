/* spawn.c - starts a foreground program with the kernel's spawnve instead of fork and
 * execve: much cheaper, since fork copies the whole shell. spawnve gives the program
 * what fork + execve would (descriptors but close-on-exec ones, directory, process
 * group, ignored signals and the blocked mask; docs/syscalls.md). The shell's own ^C
 * and job-control signals are caught, never ignored (main.c, jobs.c), so its programs
 * take them back at the default, as child_setup does for a forked child. */
#include <errno.h>
#include <sys/syscall.h>
#include "sh.h"

int spawn_foreground(const char *path, char **argv)
{
    int pid = __sys_spawnve(path, argv, vars_environment());
    if (pid < 0) {
        errno = -pid;
        return -1;
    }
    return pid;
}

/* The interactive shell's action for ^C and the job-control signals: nothing (a caught
 * signal, unlike an ignored one, is not passed on to the programs it starts). */
void shell_ignores(int sig)
{
    (void)sig;
}
