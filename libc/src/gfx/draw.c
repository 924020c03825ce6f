/* draw.c - <qpu/gfx.h>'s shapes and images in the back frame, clipped to the screen. */
#include <qpu/gfx.h>
#include "gfx_internal.h"

void gfx_clear(unsigned color)
{
    unsigned *p = gfx_buffer(), *end = p + __gfx.width * __gfx.height;
    while (p < end)
        *p++ = color;
}

void gfx_pixel(int x, int y, unsigned color)
{
    if ((unsigned)x < (unsigned)__gfx.width && (unsigned)y < (unsigned)__gfx.height)
        gfx_buffer()[y * __gfx.width + x] = color;
}

unsigned gfx_get_pixel(int x, int y)
{
    if ((unsigned)x < (unsigned)__gfx.width && (unsigned)y < (unsigned)__gfx.height)
        return gfx_buffer()[y * __gfx.width + x];
    return 0;
}

void gfx_fill_rect(int x, int y, int w, int h, unsigned color)
{
    int x1 = x + w, y1 = y + h, i, j;
    unsigned *row;
    if (x < 0) x = 0;
    if (y < 0) y = 0;
    if (x1 > __gfx.width) x1 = __gfx.width;
    if (y1 > __gfx.height) y1 = __gfx.height;
    for (j = y; j < y1; j++) {
        row = gfx_buffer() + j * __gfx.width;
        for (i = x; i < x1; i++)
            row[i] = color;
    }
}

void gfx_rect(int x, int y, int w, int h, unsigned color)
{
    if (w <= 0 || h <= 0)
        return;
    gfx_fill_rect(x, y, w, 1, color);
    gfx_fill_rect(x, y + h - 1, w, 1, color);
    gfx_fill_rect(x, y, 1, h, color);
    gfx_fill_rect(x + w - 1, y, 1, h, color);
}

/* Bresenham: every step moves one pixel along the major axis. */
void gfx_line(int x0, int y0, int x1, int y1, unsigned color)
{
    int dx = x1 > x0 ? x1 - x0 : x0 - x1, sx = x0 < x1 ? 1 : -1;
    int dy = y1 > y0 ? y0 - y1 : y1 - y0, sy = y0 < y1 ? 1 : -1;
    int err = dx + dy, e2;
    for (;;) {
        gfx_pixel(x0, y0, color);
        if (x0 == x1 && y0 == y1)
            break;
        e2 = 2 * err;
        if (e2 >= dy) { err += dy; x0 += sx; }
        if (e2 <= dx) { err += dx; y0 += sy; }
    }
}

/* Midpoint circle: one octant computed, eight drawn (or four spans filled). */
static void circle(int cx, int cy, int r, unsigned color, int fill)
{
    int x = r, y = 0, err = 1 - r;
    if (r < 0)
        return;
    while (x >= y) {
        if (fill) {
            gfx_fill_rect(cx - x, cy + y, 2 * x + 1, 1, color);
            gfx_fill_rect(cx - x, cy - y, 2 * x + 1, 1, color);
            gfx_fill_rect(cx - y, cy + x, 2 * y + 1, 1, color);
            gfx_fill_rect(cx - y, cy - x, 2 * y + 1, 1, color);
        } else {
            gfx_pixel(cx + x, cy + y, color); gfx_pixel(cx - x, cy + y, color);
            gfx_pixel(cx + x, cy - y, color); gfx_pixel(cx - x, cy - y, color);
            gfx_pixel(cx + y, cy + x, color); gfx_pixel(cx - y, cy + x, color);
            gfx_pixel(cx + y, cy - x, color); gfx_pixel(cx - y, cy - x, color);
        }
        y++;
        if (err < 0) {
            err += 2 * y + 1;
        } else {
            x--;
            err += 2 * (y - x) + 1;
        }
    }
}

void gfx_circle(int cx, int cy, int r, unsigned color) { circle(cx, cy, r, color, 0); }
void gfx_fill_circle(int cx, int cy, int r, unsigned color) { circle(cx, cy, r, color, 1); }

static void blit(int x, int y, int w, int h, const unsigned *image, int masked)
{
    int i, j, px, py;
    unsigned c, *dst = gfx_buffer();
    for (j = 0; j < h; j++) {
        py = y + j;
        if (py < 0 || py >= __gfx.height)
            continue;
        for (i = 0; i < w; i++) {
            px = x + i;
            c = image[j * w + i];
            if (px >= 0 && px < __gfx.width && (!masked || (c >> 24) != 0))
                dst[py * __gfx.width + px] = c;
        }
    }
}

void gfx_blit(int x, int y, int w, int h, const unsigned *image) { blit(x, y, w, h, image, 0); }
void gfx_blit_masked(int x, int y, int w, int h, const unsigned *image) { blit(x, y, w, h, image, 1); }
