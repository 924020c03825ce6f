/* time.h - processor time. clock() counts virtual milliseconds of the machine (the
 * clock device on the bare target, the clock system call under the kernel). */
#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

typedef long clock_t;
typedef long time_t;

#define CLOCKS_PER_SEC 1000

clock_t clock(void);

#endif
