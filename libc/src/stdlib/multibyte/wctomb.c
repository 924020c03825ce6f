/* wctomb.c - wctomb: a wide character to a multibyte character (one char). */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include "code_point.h"

int wctomb(char *s, wchar_t wc)
{
    if (s == NULL)
        return 0;
    if (!is_code_point(wc)) {
        errno = EILSEQ;
        return -1;
    }
    *s = (char)wc;
    return 1;
}
