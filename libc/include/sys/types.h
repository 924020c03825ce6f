/* sys/types.h - the POSIX system data types (user target). */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

typedef long ssize_t;
typedef int pid_t;
typedef long off_t;
typedef unsigned mode_t;
typedef int uid_t;
typedef int gid_t;

#endif
