/* main.c - kmain, the boot list: one call per subsystem, in order. entry.s calls it on
 * the trap stack with interrupts masked; it never returns. */
#include "kernel.h"

extern int _end;                  /* first word after the kernel image (qld) */

int kmain(void)
{
    devices_init();               /* find the peripherals in the device table */
    console_init();
    kprintf("QPU kernel: %d words of memory\n", MEMORY_WORDS);
    page_init((int)&_end);        /* pages after the kernel image */
    file_init();
    proc_init();                  /* idle task and shell */
    if (!disk_init())
        kprintf("[kernel] no disk attached\n");
    else if (!fs_mount())
        kprintf("[kernel] the disk is not a QFS v2 file system\n");
    trap_start();                 /* handlers, timer, first task: never returns */
    return 0;
}
