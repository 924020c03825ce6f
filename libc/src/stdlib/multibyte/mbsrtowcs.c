/* mbsrtowcs.c - mbsrtowcs: a multibyte string to a wide string, with a state. */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include "code_point.h"

/* Copies characters up to the terminator or n of them; *src is left after the last one
 * converted (NULL when the terminator was reached); dst NULL only counts. */
size_t mbsrtowcs(wchar_t *dst, const char **src, size_t n, mbstate_t *ps)
{
    (void)ps;
    const char *s = *src;
    size_t i = 0;
    for (; dst == NULL || i < n; i++, s++) {
        if (!is_code_point(*s)) {
            errno = EILSEQ;
            if (dst)
                *src = s;
            return (size_t)-1;
        }
        if (dst)
            dst[i] = *s;
        if (*s == 0) {
            if (dst)
                *src = NULL;
            return i;
        }
    }
    *src = s;
    return i;
}
