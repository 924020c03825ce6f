/* clock - an analog clock on the display, running on the machine's clock (docs/gfx.md).
 *
 *   clock [frames]
 *
 * The hands show 10:08:30 plus the milliseconds since start (virtual time: 10000
 * cycles are a millisecond), with a digital readout below; ten frames a second.
 * Escape or q quits; `frames` ends it when given. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <qpu/gfx.h>

#ifndef DEMO_FRAMES
#define DEMO_FRAMES 0   /* frames before stopping when no argument says (0: no limit) */
#endif

#define START_SECONDS (10 * 3600 + 8 * 60 + 30)
#define PI 3.14159265f

static int cx, cy, radius;

/* A hand at `turns` of a full circle (0 = 12 o'clock), length as a fraction of the
 * radius, thickness 1 or 3. */
static void hand(float turns, float length, int thick, unsigned color)
{
    float a = turns * 2 * PI;
    int x = cx + (int)(sinf(a) * length * (float)radius);
    int y = cy - (int)(cosf(a) * length * (float)radius);
    gfx_line(cx, cy, x, y, color);
    if (thick > 1) {
        gfx_line(cx + 1, cy, x + 1, y, color);
        gfx_line(cx, cy + 1, x, y + 1, color);
    }
}

static void face(void)
{
    gfx_fill_circle(cx, cy, radius + 6, GFX_RGB(40, 40, 60));
    gfx_fill_circle(cx, cy, radius, GFX_RGB(235, 230, 210));
    gfx_circle(cx, cy, radius, GFX_BLACK);
    for (int i = 0; i < 60; i++) {
        float a = (float)i * PI / 30;
        float inner = i % 5 == 0 ? 0.85f : 0.93f;
        gfx_line(cx + (int)(sinf(a) * inner * (float)radius),
                 cy - (int)(cosf(a) * inner * (float)radius),
                 cx + (int)(sinf(a) * 0.98f * (float)radius),
                 cy - (int)(cosf(a) * 0.98f * (float)radius), GFX_BLACK);
    }
}

static void draw(int ms)
{
    int total = START_SECONDS + ms / 1000, h = total / 3600 % 12, m = total / 60 % 60;
    float s = (float)(total % 60) + (float)(ms % 1000) / 1000.0f;
    char text[32];
    gfx_clear(GFX_RGB(20, 24, 48));
    face();
    hand(((float)h + (float)m / 60) / 12, 0.5f, 3, GFX_BLACK);
    hand(((float)m + s / 60) / 60, 0.75f, 3, GFX_BLACK);
    hand(s / 60, 0.9f, 1, GFX_RED);
    gfx_fill_circle(cx, cy, 3, GFX_RED);
    snprintf(text, sizeof text, "%02d:%02d:%02d.%d", h == 0 ? 12 : h, m, total % 60,
             ms % 1000 / 100);
    gfx_text_scaled((gfx_width() - gfx_text_width(text, 2)) / 2, gfx_height() - 20, text, 2,
                    GFX_WHITE, GFX_NONE);
}

int main(int argc, char **argv)
{
    int frames = argc > 1 ? atoi(argv[1]) : DEMO_FRAMES, start;
    if (gfx_open() < 0) {
        perror("clock: cannot open the display");
        return 1;
    }
    cx = gfx_width() / 2;
    cy = (gfx_height() - 24) / 2;
    radius = cy - 10 < cx - 10 ? cy - 10 : cx - 10;
    start = gfx_ticks();
    for (int n = 0; frames == 0 || n < frames; n++) {
        draw(gfx_ticks() - start);
        gfx_present();
        if (gfx_key(GFX_KEY_ESCAPE) || gfx_key('q'))
            break;
        gfx_sleep(100);
    }
    gfx_close();
    return 0;
}
