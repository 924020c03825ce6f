/* posix_memalign.c - posix_memalign (POSIX): *memptr = size chars aligned to alignment,
 * a power of two (and a multiple of sizeof(void *), which is 1 here); returns 0, EINVAL
 * for a bad alignment or ENOMEM, and leaves errno alone. */
#include <errno.h>
#include <stdlib.h>

int posix_memalign(void **memptr, size_t alignment, size_t size)
{
    int saved = errno;
    void *p;
    if (alignment == 0 || (alignment & (alignment - 1)) != 0 || alignment % sizeof(void *))
        return EINVAL;
    p = aligned_alloc(alignment, size);
    if (p == NULL) {
        errno = saved;
        return ENOMEM;
    }
    *memptr = p;
    return 0;
}
