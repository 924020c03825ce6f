/* mandel - the Mandelbrot set, zooming in on the seahorse valley (docs/gfx.md).
 *
 *   mandel [frames]
 *
 * Draws frame after frame, each a little closer, on the display (qvm -D WxH; under the
 * kernel through the display system calls). Escape or q ends it, and so does reaching
 * `frames` frames when given. Single-precision floats limit the depth, so the zoom
 * starts over after ZOOM_STEPS frames. */
#include <stdio.h>
#include <stdlib.h>
#include <qpu/gfx.h>

#ifndef DEMO_FRAMES
#define DEMO_FRAMES 0   /* frames before stopping when no argument says (0: no limit) */
#endif

#define MAX_ITER   64
#define ZOOM_STEPS 24
#define CENTER_X   (-0.7436f)
#define CENTER_Y   (0.1318f)
#define START_X    (-0.6f)
#define START_Y    (0.0f)

static unsigned palette[MAX_ITER + 1];

/* Dark blue through cyan, yellow and red; inside the set is black. */
static void make_palette(void)
{
    for (int i = 0; i < MAX_ITER; i++) {
        int t = i * 1024 / MAX_ITER, r, g, b;
        if (t < 256) { r = 0; g = t / 2; b = 96 + t * 159 / 256; }
        else if (t < 512) { r = 0; g = 128 + (t - 256) / 2; b = 255; }
        else if (t < 768) { r = (t - 512); g = 255; b = 255 - (t - 512); }
        else { r = 255; g = 255 - (t - 768); b = 0; }
        palette[i] = GFX_RGB(r, g, b);
    }
    palette[MAX_ITER] = GFX_BLACK;
}

static int escape_time(float cr, float ci)
{
    float zr = 0, zi = 0, zr2 = 0, zi2 = 0;
    int n = 0;
    while (n < MAX_ITER && zr2 + zi2 < 4.0f) {
        zi = 2 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        zr2 = zr * zr;
        zi2 = zi * zi;
        n++;
    }
    return n;
}

/* Frame `step`: the view shrinks by 0.8 a step and its centre slides from the whole
 * set's towards the valley at the same rate, so the zoom is smooth. */
static void draw_frame(int step)
{
    int w = gfx_width(), h = gfx_height();
    unsigned *row = gfx_buffer();
    float shrink = 1.0f, scale, cx, cy, left, top;
    char label[32];
    for (int k = 0; k < step; k++)
        shrink *= 0.8f;
    scale = 3.2f / (float)w * shrink;
    cx = CENTER_X + (START_X - CENTER_X) * shrink;
    cy = CENTER_Y + (START_Y - CENTER_Y) * shrink;
    left = cx - scale * (float)w / 2;
    top = cy - scale * (float)h / 2;
    for (int y = 0; y < h; y++, row += w) {
        float ci = top + scale * (float)y;
        for (int x = 0; x < w; x++)
            row[x] = palette[escape_time(left + scale * (float)x, ci)];
    }
    snprintf(label, sizeof label, "mandel %d/%d", step + 1, ZOOM_STEPS);
    gfx_text(4, 4, label, GFX_WHITE, GFX_NONE);
}

int main(int argc, char **argv)
{
    int frames = argc > 1 ? atoi(argv[1]) : DEMO_FRAMES;
    if (gfx_open() < 0) {
        perror("mandel: cannot open the display");
        return 1;
    }
    make_palette();
    for (int n = 0; frames == 0 || n < frames; n++) {
        draw_frame(n % ZOOM_STEPS);
        gfx_present();
        if (gfx_key(GFX_KEY_ESCAPE) || gfx_key('q'))
            break;
    }
    gfx_close();
    return 0;
}
