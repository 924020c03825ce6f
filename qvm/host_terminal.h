/* host_terminal.h - the host terminal in raw mode while the machine reads typed keys
 * (the terminal device, docs/qvm.md), restored on every way out of qvm. */
#ifndef QVM_HOST_TERMINAL_H
#define QVM_HOST_TERMINAL_H

#include <stdbool.h>

/* Switches fd's terminal to raw mode (no echo, no line editing, no signal keys; output
 * processing stays, so "\n" still starts a new line). Idempotent; false if fd is not a
 * terminal. The original settings come back at exit, on fatal signals, and through
 * host_terminal_restore(). */
bool host_terminal_raw(int fd);
void host_terminal_restore(void);
bool host_terminal_is_raw(void);

#endif
