/* time.h - time. clock() counts virtual milliseconds of the machine (the clock device
 * on the bare target, the clock system call under the kernel); there is no calendar, so
 * time() counts seconds since the machine started. */
#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

typedef long clock_t;
typedef long time_t;

#define CLOCKS_PER_SEC 1000

clock_t clock(void);
time_t time(time_t *t);
double difftime(time_t end, time_t start);

#endif
