/* qpu/gfx.h - a small graphics library for the display (-D) and keypress (-k) devices,
 * the same for bare-metal programs and for processes under the kernel (it is part of
 * libc for both targets; docs/gfx.md).
 *
 * Double buffered: drawing goes to the back frame, gfx_present() shows it and makes the
 * other frame the back one (its old contents are whatever was drawn into it two
 * presents ago). Pixels are 0xAARRGGBB words; the display ignores alpha, and the
 * library treats a colour with alpha 0 (GFX_NONE) as "do not draw" where noted.
 * Coordinates are clipped to the screen. */
#ifndef _QPU_GFX_H
#define _QPU_GFX_H

#define GFX_RGB(r, g, b) (0xFF000000u | ((unsigned)(r) << 16) | ((unsigned)(g) << 8) | (unsigned)(b))
#define GFX_NONE   0u                          /* transparent: text background, masks */
#define GFX_BLACK  GFX_RGB(0, 0, 0)
#define GFX_WHITE  GFX_RGB(255, 255, 255)
#define GFX_RED    GFX_RGB(255, 0, 0)
#define GFX_GREEN  GFX_RGB(0, 255, 0)
#define GFX_BLUE   GFX_RGB(0, 0, 255)
#define GFX_YELLOW GFX_RGB(255, 255, 0)
#define GFX_GREY   GFX_RGB(128, 128, 128)

#define GFX_FONT_W 8   /* the built-in font's cell */
#define GFX_FONT_H 8

/* Keys for gfx_key(): an ASCII character ('a', '1', ...; letters lower case), or one of
 * these (the keypress device's word-0 bits, platform.md). W, A, S, D also count as
 * GFX_KEY_UP, LEFT, DOWN, RIGHT. */
#define GFX_KEY_SPECIAL   0x10000
#define GFX_KEY_LEFT      (GFX_KEY_SPECIAL | 0x0001)
#define GFX_KEY_RIGHT     (GFX_KEY_SPECIAL | 0x0002)
#define GFX_KEY_UP        (GFX_KEY_SPECIAL | 0x0004)
#define GFX_KEY_DOWN      (GFX_KEY_SPECIAL | 0x0008)
#define GFX_KEY_SPACE     (GFX_KEY_SPECIAL | 0x0010)
#define GFX_KEY_ESCAPE    (GFX_KEY_SPECIAL | 0x0020)
#define GFX_KEY_ENTER     (GFX_KEY_SPECIAL | 0x0040)
#define GFX_KEY_TAB       (GFX_KEY_SPECIAL | 0x0080)
#define GFX_KEY_BACKSPACE (GFX_KEY_SPECIAL | 0x0100)
#define GFX_KEY_DELETE    (GFX_KEY_SPECIAL | 0x0200)
#define GFX_KEY_SHIFT     (GFX_KEY_SPECIAL | 0x0400)
#define GFX_KEY_CTRL      (GFX_KEY_SPECIAL | 0x0800)
#define GFX_KEY_ALT       (GFX_KEY_SPECIAL | 0x1000)
#define GFX_KEY_META      (GFX_KEY_SPECIAL | 0x2000)

/* Opening and showing */
int gfx_open(void);            /* 0, or -1 with errno (ENODEV: no display; EBUSY) */
void gfx_close(void);
int gfx_width(void);
int gfx_height(void);
unsigned *gfx_buffer(void);    /* the back frame: width x height words, row by row */
void gfx_present(void);        /* show the back frame, swap, read the keys */

/* Drawing into the back frame */
void gfx_clear(unsigned color);
void gfx_pixel(int x, int y, unsigned color);
unsigned gfx_get_pixel(int x, int y);          /* 0 outside the screen */
void gfx_line(int x0, int y0, int x1, int y1, unsigned color);
void gfx_rect(int x, int y, int w, int h, unsigned color);       /* outline */
void gfx_fill_rect(int x, int y, int w, int h, unsigned color);
void gfx_circle(int cx, int cy, int r, unsigned color);          /* outline */
void gfx_fill_circle(int cx, int cy, int r, unsigned color);
/* A w x h image, row by row; the masked form skips pixels whose alpha is 0. */
void gfx_blit(int x, int y, int w, int h, const unsigned *image);
void gfx_blit_masked(int x, int y, int w, int h, const unsigned *image);
/* Text in the 8x8 font, scaled by `scale` (1 = 8x8 cells); bg GFX_NONE leaves the
 * background. '\n' starts a new line. Returns the x after the last character. */
int gfx_text(int x, int y, const char *s, unsigned fg, unsigned bg);
int gfx_text_scaled(int x, int y, const char *s, int scale, unsigned fg, unsigned bg);
int gfx_text_width(const char *s, int scale);

/* Keys (as of the last gfx_present() or gfx_poll_keys()) and time */
void gfx_poll_keys(void);
int gfx_key(int key);          /* 1 while held */
int gfx_ticks(void);           /* milliseconds since start (virtual time) */
void gfx_sleep(int ms);        /* at least ms milliseconds */

#endif
