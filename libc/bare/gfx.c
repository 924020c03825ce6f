/* gfx.c (bare target) - the back end of <qpu/gfx.h> on bare metal: the display and
 * keypress devices found through the device table (spec/platform.md), two frames on
 * the heap, and sleeping in `wait` with the timer (so that qvm's window can run the
 * program in real time). */
#include <errno.h>
#include <stdlib.h>
#include "platform.h"
#include "device.h"
#include "../src/libc_internal.h"
#include "../src/gfx/gfx_internal.h"

static volatile unsigned *display, *keypress;

int __gfx_open(int *width, int *height, unsigned **frame0, unsigned **frame1)
{
    unsigned *frames;
    int words;
    display = __bare_find_device(QPU_DEV_DISPLAY);
    keypress = __bare_find_device(QPU_DEV_KEYPRESS);
    if (display == NULL)
        return -ENODEV;
    *width = (int)display[QPU_DISPLAY_WIDTH];
    *height = (int)display[QPU_DISPLAY_HEIGHT];
    words = *width * *height;
    frames = calloc(2 * words, sizeof *frames);
    if (frames == NULL)
        return -ENOMEM;
    *frame0 = frames;
    *frame1 = frames + words;
    return 0;
}

void __gfx_show(int frame)
{
    display[QPU_DISPLAY_ADDRESS] = (unsigned)__gfx.frame[frame];
    display[QPU_DISPLAY_CONTROL] = QPU_DISPLAY_SHOW;
}

void __gfx_close(void)
{
    free(__gfx.frame[0]);
    display = NULL;
}

int __gfx_keys(unsigned *keys)
{
    int i;
    for (i = 0; i < 5; i++)
        keys[i] = keypress != NULL ? keypress[i] : 0;
    return keypress != NULL ? 0 : -ENODEV;
}

int __gfx_ticks(void) { return (int)__io_clock(); }

/* The timer handler while sleeping: if the interrupted instruction is a `wait`, resume
 * after it (the saved ip of an external interrupt during `wait` is the `wait`). */
__asm__(".text\n"
        "@__gfx_timer_wake:\n"
        "    constant r0 0x42\n"
        "    load r1 r0\n"
        "    load r2 r1\n"
        "    constant r3 0x18000000\n"
        "    eq r2 r2 r3\n"
        "    constant r3 @__gfx_timer_wake$done\n"
        "    jz r2 r3\n"
        "    constant r2 1\n"
        "    add r1 r1 r2\n"
        "    store r0 r1\n"
        "@__gfx_timer_wake$done:\n"
        "    constant r0 0\n"
        "    int r0");
void __gfx_timer_wake(void);

void __gfx_sleep(int ms)
{
    volatile unsigned *timer = __bare_find_device(QPU_DEV_TIMER);
    volatile unsigned *handlers = (volatile unsigned *)QPU_INT_HANDLERS;
    long until = __io_clock() + ms;
    if (timer == NULL) {
        while (__io_clock() < until)
            ;
        return;
    }
    handlers[QPU_INT_TIMER] = (unsigned)__gfx_timer_wake;
    timer[0] = 1;
    while (__io_clock() < until)
        __asm__ volatile("wait");
    timer[0] = 0;
}
