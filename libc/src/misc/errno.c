/* errno.c - the one errno of the program (there are no threads), and the conversion of
 * a back end's -errno result into the POSIX style (-1 with errno set). */
#include <errno.h>
#include "../libc_internal.h"

int errno;

long __errno_result(long result)
{
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}
