/* path.c - path names: joining a path to the current directory and normalising it
 * (".", "..", repeated slashes), so the file system only ever sees absolute paths
 * like "/bin/hello.qbin" or "/". */
#include <errno.h>
#include "kernel.h"

/* out (PATH_MAX words) = the normalised absolute form of path taken from cwd. */
int path_join(const char *cwd, const char *path, char *out)
{
    char buf[2 * PATH_MAX];
    int n = 0, len = 0;
    if (path[0] != '/') {
        for (; cwd[n] && n < PATH_MAX; n++)
            buf[n] = cwd[n];
        buf[n++] = '/';
    }
    for (int i = 0; path[i]; i++) {
        if (n >= 2 * PATH_MAX - 1)
            return -ENAMETOOLONG;
        buf[n++] = path[i];
    }
    buf[n] = 0;
    /* walk the components of buf, appending to out */
    for (int i = 0; buf[i]; ) {
        int start, clen;
        while (buf[i] == '/')
            i++;
        start = i;
        while (buf[i] && buf[i] != '/')
            i++;
        clen = i - start;
        if (clen == 0 || (clen == 1 && buf[start] == '.'))
            continue;
        if (clen == 2 && buf[start] == '.' && buf[start + 1] == '.') {
            while (len > 0 && out[len - 1] != '/')
                len--;
            if (len > 0)
                len--;                  /* and the slash before the last name */
            out[len] = 0;
            continue;
        }
        if (clen > QFS_NAME_MAX)
            return -ENAMETOOLONG;
        if (len + 1 + clen >= PATH_MAX)
            return -ENAMETOOLONG;
        out[len++] = '/';
        for (int k = 0; k < clen; k++)
            out[len++] = buf[start + k];
        out[len] = 0;
    }
    if (len == 0)
        out[len++] = '/';
    out[len] = 0;
    return 0;
}
