/* remove.c - remove: deletes a file or an empty directory. */
#include <errno.h>
#include "../stdio_impl.h"

int remove(const char *path)
{
    int result = __io_remove(path);
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
