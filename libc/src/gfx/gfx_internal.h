/* gfx_internal.h - what <qpu/gfx.h>'s portable parts (libc/src/gfx/) share, and the
 * back end each target supplies (libc/bare/gfx.c, libc/user/gfx.c). Not installed. */
#ifndef GFX_INTERNAL_H
#define GFX_INTERNAL_H

struct __gfx_screen {
    int open;
    int width, height;
    unsigned *frame[2];
    int back;                  /* index of the frame being drawn */
    unsigned keys[5];          /* the keypress device's words */
};
extern struct __gfx_screen __gfx;
extern const unsigned char __gfx_font[95][8];

/* ---- back end; negative errno values on failure ---- */
int __gfx_open(int *width, int *height, unsigned **frame0, unsigned **frame1);
void __gfx_show(int frame);
void __gfx_close(void);
int __gfx_keys(unsigned *keys);    /* the five words, or all zero without the device */
int __gfx_ticks(void);
void __gfx_sleep(int ms);

#endif
