/* mbtowc.c - mbtowc: a multibyte character to a wide character: a char holds a whole code
 * point on the QPU, so it is copied; a value that is not a Unicode scalar value is EILSEQ. */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include "code_point.h"

int mbtowc(wchar_t *pwc, const char *s, size_t n)
{
    if (s == NULL)
        return 0; /* stateless */
    if (n == 0 || !is_code_point(*s)) {
        errno = EILSEQ;
        return -1;
    }
    if (pwc)
        *pwc = *s;
    return *s != 0;
}
