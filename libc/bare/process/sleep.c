/* sleep.c (bare target) - sleep on bare metal: one program, no scheduler; sleep waits on
 * the clock device. */
#include <time.h>
#include <unistd.h>
#include "../../src/libc_internal.h"

unsigned sleep(unsigned seconds)
{
    long until = __io_clock() + (long)seconds * 1000;
    while (__io_clock() < until)
        ;
    return 0;
}
