/* tcgetattr.c (user target) - tcgetattr: the terminal's modes, through SYS_tcattr op 0
 * (docs/syscalls.md); -1 and errno on failure. */
#include <sys/syscall.h>
#include <termios.h>
#include "../../src/libc_internal.h"

int tcgetattr(int fd, struct termios *t)
{
    return __errno_result(__sys_tcattr(fd, 0, t)) < 0 ? -1 : 0;
}
