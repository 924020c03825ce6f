/* cfmakeraw.c (user target) - cfmakeraw: modes for raw input (no line editing, echo or
 * signal characters; one character at a time). */
#include <termios.h>

void cfmakeraw(struct termios *t)
{
    t->c_iflag &= ~ICRNL;
    t->c_lflag &= ~(ICANON | ECHO | ISIG);
    t->c_cc[VMIN] = 1;
    t->c_cc[VTIME] = 0;
}
