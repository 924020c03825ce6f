/* rename.c - rename(old, new): one system call under the kernel, atomic (it replaces
 * an existing new; docs/syscalls.md); not available on bare metal (ENOSYS). */
#include <stdio.h>
#include "../libc_internal.h"

int rename(const char *old_path, const char *new_path)
{
    return (int)__errno_result(__io_rename(old_path, new_path));
}
