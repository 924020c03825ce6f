/* sys/wait.h - waiting for child processes (docs/syscalls.md). A status is the exit
 * code << 8 for a process that exited, the signal number for one a signal ended,
 * 0x7F | signal << 8 for one that stopped, 0xFFFF for one that SIGCONT continued. */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>

#define WNOHANG   1               /* return 0 at once if no child has ended */
#define WUNTRACED 2               /* also report a child that has stopped */
#define WCONTINUED 8              /* also report a stopped child that SIGCONT continued */

#define WIFEXITED(s)   (((s) & 0x7F) == 0)
#define WEXITSTATUS(s) (((s) >> 8) & 0xFF)
#define WIFSIGNALED(s) (((s) & 0x7F) != 0 && ((s) & 0x7F) != 0x7F)
#define WTERMSIG(s)    ((s) & 0x7F)
#define WIFSTOPPED(s)  (((s) & 0xFF) == 0x7F)
#define WSTOPSIG(s)    WEXITSTATUS(s)
#define WIFCONTINUED(s) ((s) == 0xFFFF)

pid_t wait(int *status);
pid_t waitpid(pid_t pid, int *status, int options);

#endif
