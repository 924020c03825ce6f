/* sys/types.h - the POSIX system data types (user target); <sys/stat.h> includes it
 * for the file types. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

typedef long ssize_t;
typedef int pid_t;
typedef long off_t;
typedef unsigned mode_t;
typedef unsigned ino_t;
typedef unsigned dev_t;
typedef unsigned nlink_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef long blksize_t;
typedef long blkcnt_t;

#endif
