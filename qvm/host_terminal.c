/* host_terminal.c - raw mode for the host terminal and putting it back. The settings are
 * restored by host_terminal_restore() (main.c calls it on every normal path), by an
 * atexit handler (exit() from anywhere), and by handlers of the fatal signals (SIGSEGV,
 * SIGBUS, SIGILL, SIGFPE, SIGABRT), which restore and then die of the same signal.
 * SIGTERM, SIGHUP and SIGINT stop the machine through main.c's stop flag, so they take
 * the normal path. */
#include "host_terminal.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved;
static int saved_fd = -1;
static volatile sig_atomic_t raw_now;

void host_terminal_restore(void)
{
    if (raw_now) {
        tcsetattr(saved_fd, TCSAFLUSH, &saved);
        raw_now = 0;
    }
}

bool host_terminal_is_raw(void) { return raw_now; }

static void on_fatal(int sig)
{
    if (raw_now)
        tcsetattr(saved_fd, TCSANOW, &saved); /* async-signal-safe */
    raw_now = 0;
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_handlers(void)
{
    static const int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fatal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
        sigaction(fatal[i], &sa, NULL);
    atexit(host_terminal_restore);
}

bool host_terminal_raw(int fd)
{
    if (raw_now)
        return true;
    if (!isatty(fd) || tcgetattr(fd, &saved) != 0)
        return false;
    struct termios raw = saved;
    raw.c_iflag &= ~(tcflag_t)(ICRNL | INLCR | IGNCR | IXON | ISTRIP | BRKINT | INPCK | PARMRK);
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ECHONL | ISIG | IEXTEN);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (saved_fd < 0)
        install_handlers();
    saved_fd = fd;
    if (tcsetattr(fd, TCSANOW, &raw) != 0)
        return false;
    raw_now = 1;
    return true;
}
