/* gfx.c (user target) - the back end of <qpu/gfx.h> under the kernel: the display
 * system calls (docs/syscalls.md, 70..79). The kernel maps both frames into the
 * process, one after the other. */
#include <sys/syscall.h>
#include "../src/gfx/gfx_internal.h"

int __gfx_open(int *width, int *height, unsigned **frame0, unsigned **frame1)
{
    int info[2];
    int va = __sys_display_open(info);
    if (va < 0)
        return va;
    *width = info[0];
    *height = info[1];
    *frame0 = (unsigned *)va;
    *frame1 = *frame0 + info[0] * info[1];
    return 0;
}

void __gfx_show(int frame) { __sys_display_show(frame); }
void __gfx_close(void) { __sys_display_close(); }

int __gfx_keys(unsigned *keys)
{
    int r = __sys_display_keys((int *)keys), i;
    if (r < 0)
        for (i = 0; i < 5; i++)
            keys[i] = 0;
    return r;
}

int __gfx_ticks(void) { return __sys_clock(); }
void __gfx_sleep(int ms) { __sys_sleep(ms); }
