/* wcsrtombs.c - wcsrtombs: a wide string to a multibyte string, with a state. */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include "code_point.h"

size_t wcsrtombs(char *dst, const wchar_t **src, size_t n, mbstate_t *ps)
{
    (void)ps;
    const wchar_t *s = *src;
    size_t i = 0;
    for (; dst == NULL || i < n; i++, s++) {
        if (!is_code_point(*s)) {
            errno = EILSEQ;
            if (dst)
                *src = s;
            return (size_t)-1;
        }
        if (dst)
            dst[i] = (char)*s;
        if (*s == 0) {
            if (dst)
                *src = NULL;
            return i;
        }
    }
    *src = s;
    return i;
}
