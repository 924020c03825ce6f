/* sched_yield.c (bare target) - sched_yield on bare metal: one program, no scheduler;
 * sleep waits on the clock device. */
#include <time.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

int sched_yield(void) { return 0; }
