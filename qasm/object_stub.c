/* object_stub.c - placeholder until common/qobj.c exists: -c is refused. */
#include "asm.h"

#include <errno.h>

bool write_object(const char *path, struct symtab *t, const struct image *img)
{
    (void)path, (void)t, (void)img;
    diag_error("-c (object output) is not available yet");
    errno = ENOSYS;
    return false;
}
