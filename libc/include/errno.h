/* errno.h - error numbers. The same numbers travel, negated, as the results of failing
 * system calls (docs/syscalls.md), so the kernel includes this header too. */
#ifndef _ERRNO_H
#define _ERRNO_H

extern int errno;

#define EPERM         1  /* operation not permitted */
#define ENOENT        2  /* no such file or directory */
#define ESRCH         3  /* no such process */
#define EINTR         4  /* interrupted call */
#define EIO           5  /* input/output error */
#define ENXIO         6  /* no such device */
#define E2BIG         7  /* argument list too long */
#define ENOEXEC       8  /* not an executable */
#define EBADF         9  /* bad file descriptor */
#define ECHILD       10  /* no child process */
#define EAGAIN       11  /* try again */
#define ENOMEM       12  /* out of memory */
#define EACCES       13  /* permission denied */
#define EFAULT       14  /* bad address */
#define EBUSY        16  /* resource busy */
#define EEXIST       17  /* file exists */
#define ENODEV       19  /* no such device */
#define ENOTDIR      20  /* not a directory */
#define EISDIR       21  /* is a directory */
#define EINVAL       22  /* invalid argument */
#define ENFILE       23  /* too many open files in the system */
#define EMFILE       24  /* too many open files in the process */
#define ENOTTY       25  /* not a terminal */
#define EFBIG        27  /* file too large */
#define ENOSPC       28  /* no space left on device */
#define ESPIPE       29  /* illegal seek */
#define EROFS        30  /* read-only file system */
#define EPIPE        32  /* broken pipe */
#define EDOM         33  /* argument out of the function's domain */
#define ERANGE       34  /* result out of range */
#define ENAMETOOLONG 36  /* file name too long */
#define ENOSYS       38  /* no such system call */
#define ENOTEMPTY    39  /* directory not empty */
#define EILSEQ       84  /* invalid multibyte or wide character */

#endif
