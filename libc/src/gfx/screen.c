/* screen.c - <qpu/gfx.h>: opening the display, double buffering, keys and time, on
 * top of the target's back end (gfx_internal.h). */
#include <errno.h>
#include <qpu/gfx.h>
#include "gfx_internal.h"

struct __gfx_screen __gfx;

int gfx_open(void)
{
    int r;
    if (__gfx.open)
        return 0;
    r = __gfx_open(&__gfx.width, &__gfx.height, &__gfx.frame[0], &__gfx.frame[1]);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    __gfx.open = 1;
    __gfx.back = 0;
    return 0;
}

void gfx_close(void)
{
    if (__gfx.open)
        __gfx_close();
    __gfx.open = 0;
}

int gfx_width(void) { return __gfx.width; }
int gfx_height(void) { return __gfx.height; }
unsigned *gfx_buffer(void) { return __gfx.frame[__gfx.back]; }

void gfx_present(void)
{
    if (!__gfx.open)
        return;
    __gfx_show(__gfx.back);
    __gfx.back ^= 1;
    gfx_poll_keys();
}

void gfx_poll_keys(void)
{
    __gfx_keys(__gfx.keys);
}

int gfx_key(int key)
{
    if (key & GFX_KEY_SPECIAL)
        return (__gfx.keys[0] & (unsigned)(key & 0xFFFF)) != 0;
    if (key < 0 || key > 127)
        return 0;
    return (__gfx.keys[1 + (key >> 5)] >> (key & 31)) & 1;
}

int gfx_ticks(void) { return __gfx_ticks(); }
void gfx_sleep(int ms) { __gfx_sleep(ms); }
