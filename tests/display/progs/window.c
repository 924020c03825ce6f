/* window - a frame for the Xvfb test (display_test.py): the left half red, the right
 * half blue, a white bar across the middle; says "shown" and then idles in the timer's
 * `wait` until the test ends it. */
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
    for (;;)
        gfx_sleep(50);
}
