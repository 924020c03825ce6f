/* window - a frame for the Xvfb test (display_test.py): the left half red, the right
 * half blue, a white bar across the middle; says "shown", then idles in the timer's
 * `wait`, reporting each change of the left arrow and the x key, until the test ends
 * it. */
#include <stdio.h>
#include <qpu/gfx.h>

int main(void)
{
    if (gfx_open() < 0) {
        perror("window");
        return 1;
    }
    int w = gfx_width(), h = gfx_height();
    gfx_fill_rect(0, 0, w / 2, h, GFX_RED);
    gfx_fill_rect(w / 2, 0, w - w / 2, h, GFX_BLUE);
    gfx_fill_rect(0, h / 2 - 4, w, 8, GFX_WHITE);
    gfx_present();
    printf("shown\n");
    fflush(stdout);
    int last = 0;
    for (;;) {
        gfx_sleep(5);
        gfx_poll_keys();
        int now = gfx_key(GFX_KEY_LEFT) | gfx_key('x') << 1;
        if (now != last) {
            printf("keys: left %d x %d\n", now & 1, now >> 1);
            fflush(stdout);
        }
        last = now;
    }
}
