/* text.c - <qpu/gfx.h>'s text in the built-in 8x8 font (font8x8.c). */
#include <qpu/gfx.h>
#include "gfx_internal.h"

static void glyph(int x, int y, int c, int scale, unsigned fg, unsigned bg)
{
    const unsigned char *rows;
    int r, col, bit;
    if (c < 32 || c > 126)
        c = '?';
    rows = __gfx_font[c - 32];
    for (r = 0; r < GFX_FONT_H; r++)
        for (col = 0; col < GFX_FONT_W; col++) {
            bit = (rows[r] >> (7 - col)) & 1;
            if (bit)
                gfx_fill_rect(x + col * scale, y + r * scale, scale, scale, fg);
            else if (bg >> 24)
                gfx_fill_rect(x + col * scale, y + r * scale, scale, scale, bg);
        }
}

int gfx_text_scaled(int x, int y, const char *s, int scale, unsigned fg, unsigned bg)
{
    int x0 = x;
    if (scale < 1)
        scale = 1;
    for (; *s; s++) {
        if (*s == '\n') {
            x = x0;
            y += GFX_FONT_H * scale;
            continue;
        }
        glyph(x, y, *s, scale, fg, bg);
        x += GFX_FONT_W * scale;
    }
    return x;
}

int gfx_text(int x, int y, const char *s, unsigned fg, unsigned bg)
{
    return gfx_text_scaled(x, y, s, 1, fg, bg);
}

int gfx_text_width(const char *s, int scale)
{
    int n = 0, longest = 0;
    for (; *s; s++) {
        if (*s == '\n') {
            n = 0;
            continue;
        }
        if (++n > longest)
            longest = n;
    }
    return longest * GFX_FONT_W * (scale < 1 ? 1 : scale);
}
