/* write.c - write(2) on top of the back end (-1 and errno on failure). Alone in its
 * file: the smallest programs (hello) use nothing else of <unistd.h>. */
#include <unistd.h>
#include "../libc_internal.h"

ssize_t write(int fd, const void *buf, size_t len)
{
    return __errno_result(__io_write(fd, buf, len));
}
