/* sys/procinfo.h - what the procinfo system call (number 34, docs/syscalls.md) tells
 * about one process, for ps. Shared by the kernel and user programs. */
#ifndef _SYS_PROCINFO_H
#define _SYS_PROCINFO_H

#define QPU_PROCINFO_NAME 24

/* state: one letter as ps prints it */
#define QPU_PROC_RUNNING  'R'     /* running or ready to run */
#define QPU_PROC_SLEEPING 'S'     /* waiting (input, a child, a pipe, a timer) */
#define QPU_PROC_ZOMBIE   'Z'     /* ended; its parent has not collected the status */
#define QPU_PROC_STOPPED  'T'     /* stopped (^Z, SIGSTOP) until SIGCONT */

struct qpu_procinfo {
    int pid;
    int ppid;                     /* the parent's pid (0 for pid 0 and 1) */
    int pgid;                     /* process group */
    int state;                    /* QPU_PROC_RUNNING, _SLEEPING, _ZOMBIE or _STOPPED */
    int cpu_ms;                   /* milliseconds of CPU time used so far */
    int kernel;                   /* 1 for a kernel task (idle, init) */
    char name[QPU_PROCINFO_NAME + 1];  /* the program's name, NUL-terminated */
};

/* Fills *info with the index-th live process (0, 1, ... in process-table order);
 * returns 1, 0 once index is past the last, -1 with errno EFAULT for a bad pointer. */
int procinfo(int index, struct qpu_procinfo *info);

#endif
