/* tcsetattr.c (user target) - tcsetattr: sets the terminal's modes through SYS_tcattr,
 * op 1 (TCSANOW, TCSADRAIN) or op 2 (TCSAFLUSH: input not yet read is dropped too). */
#include <errno.h>
#include <sys/syscall.h>
#include <termios.h>
#include "../../src/libc_internal.h"

int tcsetattr(int fd, int when, const struct termios *t)
{
    int op;
    if (when != TCSANOW && when != TCSADRAIN && when != TCSAFLUSH) {
        errno = EINVAL;
        return -1;
    }
    op = when == TCSAFLUSH ? 2 : 1;
    return __errno_result(__sys_tcattr(fd, op, (struct termios *)t)) < 0 ? -1 : 0;
}
