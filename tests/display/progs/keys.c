/* keys - the display_keys system call, for tests/display (display_test.py): reports
 * each change of the held keys (word 0 and the letters x, y) until escape is held. */
#include <stdio.h>
#include <qpu/gfx.h>

int main(void)
{
    int last = -1;
    if (gfx_open() < 0) {
        perror("keys");
        return 1;
    }
    for (;;) {
        gfx_poll_keys();
        int now = gfx_key(GFX_KEY_LEFT) | gfx_key(GFX_KEY_SPACE) << 1 | gfx_key('x') << 2 |
                  gfx_key('y') << 3;
        if (now != last)
            printf("keys: left %d space %d x %d y %d\n", now & 1, now >> 1 & 1, now >> 2 & 1,
                   now >> 3 & 1);
        last = now;
        if (gfx_key(GFX_KEY_ESCAPE))
            break;
        gfx_sleep(10);
    }
    printf("keys: escape\n");
    return 0;
}
