/* owner - the kernel's display ownership, for tests/display (display_test.py).
 *
 *   owner hold     open the display, show a frame, say "holding", sleep for ever
 *   owner try      open it (or say why not), show a frame, close, then try to show
 *   owner leave    open it and exit without closing (the kernel must release it) */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <qpu/gfx.h>

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "try";
    if (gfx_open() < 0) {
        printf("owner %s: open failed: %s\n", mode, errno == EBUSY ? "busy" : strerror(errno));
        return 1;
    }
    gfx_clear(strcmp(mode, "hold") == 0 ? GFX_RED : GFX_BLUE);
    gfx_text(8, 8, mode, GFX_WHITE, GFX_NONE);
    gfx_present();
    printf("owner %s: opened %dx%d\n", mode, gfx_width(), gfx_height());
    if (strcmp(mode, "hold") == 0) {
        printf("holding\n");
        fflush(stdout);
        for (;;)
            gfx_sleep(1000);
    }
    if (strcmp(mode, "try") == 0) {
        gfx_close();
        printf("owner try: show after close: %d\n", __sys_display_show(0));
        printf("owner try: keys after close: %d\n", __sys_display_keys((int *)0));
    }
    return 0;
}
