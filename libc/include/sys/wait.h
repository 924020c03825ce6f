/* sys/wait.h - waiting for child processes (docs/syscalls.md). A status is the exit
 * code << 8 for a process that exited, or the signal number for one a signal ended. */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>

#define WNOHANG   1               /* return 0 at once if no child has ended */
#define WUNTRACED 2               /* accepted; there is no stopped state */

#define WIFEXITED(s)   (((s) & 0x7F) == 0)
#define WEXITSTATUS(s) (((s) >> 8) & 0xFF)
#define WIFSIGNALED(s) (((s) & 0x7F) != 0 && ((s) & 0x7F) != 0x7F)
#define WTERMSIG(s)    ((s) & 0x7F)
#define WIFSTOPPED(s)  (((s) & 0xFF) == 0x7F)
#define WSTOPSIG(s)    WEXITSTATUS(s)

pid_t wait(int *status);
pid_t waitpid(pid_t pid, int *status, int options);

#endif
