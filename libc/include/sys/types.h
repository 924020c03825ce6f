/* sys/types.h - the POSIX system data types (user target). The file types are shared
 * with <sys/stat.h>, which defines them under the same guard. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

typedef long ssize_t;
typedef int pid_t;
#ifndef _QPU_FILE_TYPES
#define _QPU_FILE_TYPES
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

#endif
