/* sync.c - sync: writes everything the kernel holds for the disk (docs/syscalls.md,
 * docs/qfs-log.md); exits 0. */
#include <unistd.h>

int main(void)
{
    sync();
    return 0;
}
