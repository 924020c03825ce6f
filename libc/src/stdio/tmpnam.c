/* tmpnam.c - tmpnam: a name, in the current directory (on the bare target: beside the
 * program, through the debug-file device), that names no existing file; each call gives
 * a different one, up to TMP_MAX names. The name has an extension: on the bare target a
 * name without one is read as words and cannot be written (libc/bare/files.c). */
#include <stdio.h>

static char tmpnam_buf[L_tmpnam];
static unsigned tmpnam_count;

char *tmpnam(char *s)
{
    char *out = s ? s : tmpnam_buf;
    while (tmpnam_count < TMP_MAX) {
        snprintf(out, L_tmpnam, "qputmp%u.tmp", tmpnam_count++);
        FILE *f = fopen(out, "r");
        if (!f)
            return out;
        fclose(f);
    }
    return NULL;
}
