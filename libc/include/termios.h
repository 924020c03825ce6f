/* termios.h - the terminal's modes, as far as the QPU kernel has them (docs/kernel.md,
 * "Terminal"): canonical (cooked) or raw input, echo, and the signal keys. One system
 * call, SYS_tcattr, reads or sets the console's modes; the kernel includes this header
 * too, so the flag values are defined once. VMIN and VTIME are kept but a raw read
 * always has VMIN = 1, VTIME = 0 semantics: it waits for one character, then returns
 * what is there. */
#ifndef _TERMIOS_H
#define _TERMIOS_H

typedef unsigned tcflag_t;
typedef unsigned cc_t;
typedef unsigned speed_t;

/* c_cc indexes and their default keys */
#define VINTR   0   /* ^C: SIGINT to the foreground job (ISIG) */
#define VEOF    1   /* ^D: end of file at the start of a line (ICANON) */
#define VERASE  2   /* DEL or ^H: erase a character (ICANON) */
#define VKILL   3   /* ^U: erase the line (ICANON) */
#define VWERASE 4   /* ^W: erase a word (ICANON) */
#define VMIN    5
#define VTIME   6
#define VSUSP   7   /* ^Z: SIGTSTP to the foreground job (with ISIG) */
#define NCCS    8

/* c_iflag */
#define ICRNL   0x0100  /* carriage return (Enter) reads as newline */
/* c_oflag */
#define OPOST   0x0001  /* kept; output is never altered */
/* c_lflag */
#define ISIG    0x0001  /* VINTR sends SIGINT */
#define ICANON  0x0002  /* line editing; a read returns at most one line */
#define ECHO    0x0008  /* typed characters are shown */
#define ECHOE   0x0010  /* erase shows as backspace-space-backspace (always so) */

/* tcsetattr's `when` */
#define TCSANOW   0
#define TCSADRAIN 1
#define TCSAFLUSH 2     /* also drops input not yet read */

struct termios {
    tcflag_t c_iflag;
    tcflag_t c_oflag;
    tcflag_t c_cflag;
    tcflag_t c_lflag;
    cc_t c_cc[NCCS];
};

/* 0 on success; -1 with errno (ENOTTY: fd is not the terminal; EFAULT; EINVAL). */
int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int when, const struct termios *t);
/* Sets *t to raw mode: no ICANON, ECHO, ISIG, ICRNL. */
void cfmakeraw(struct termios *t);

#endif
