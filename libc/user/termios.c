/* termios.c (user target) - <termios.h> over the one terminal system call, SYS_tcattr
 * (docs/syscalls.md): op 0 reads the modes, op 1 sets them, op 2 sets them and drops
 * input not yet read. */
#include <errno.h>
#include <sys/syscall.h>
#include <termios.h>

static int result(int r)
{
    if (r < 0) {
        errno = -r;
        return -1;
    }
    return 0;
}

int tcgetattr(int fd, struct termios *t)
{
    return result(__sys_tcattr(fd, 0, t));
}

int tcsetattr(int fd, int when, const struct termios *t)
{
    if (when != TCSANOW && when != TCSADRAIN && when != TCSAFLUSH) {
        errno = EINVAL;
        return -1;
    }
    return result(__sys_tcattr(fd, when == TCSAFLUSH ? 2 : 1, (struct termios *)t));
}

void cfmakeraw(struct termios *t)
{
    t->c_iflag &= ~ICRNL;
    t->c_lflag &= ~(ICANON | ECHO | ISIG);
    t->c_cc[VMIN] = 1;
    t->c_cc[VTIME] = 0;
}
