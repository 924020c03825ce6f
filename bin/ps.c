/* ps.c - lists the processes: pid, parent, state (R running or ready, S sleeping,
 * Z zombie, T stopped), CPU time and name, one line each, from the procinfo system call. Kernel
 * tasks (idle, init) are listed with their names in brackets. */
#include <stdio.h>
#include <sys/procinfo.h>

static int usage(void)
{
    fprintf(stderr, "usage: ps\n");
    return 2;
}

int main(int argc, char **argv)
{
    struct qpu_procinfo info;
    (void)argv;
    if (argc > 1)
        return usage();
    printf("  PID  PPID S      TIME NAME\n");
    for (int i = 0; procinfo(i, &info) > 0; i++) {
        int ms = info.cpu_ms;
        printf("%5d %5d %c %5d.%03d %s%s%s\n", info.pid, info.ppid, info.state,
               ms / 1000, ms % 1000, info.kernel ? "[" : "", info.name,
               info.kernel ? "]" : "");
    }
    return 0;
}
