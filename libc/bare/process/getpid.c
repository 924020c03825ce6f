/* getpid.c (bare target) - getpid on bare metal: one program, no scheduler; sleep waits
 * on the clock device. */
#include <time.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

pid_t getpid(void) { return 1; }
