/* mbrtowc.c - mbrtowc: a multibyte character to a wide character, with a state. */
#include <stdlib.h>
#include <wchar.h>

size_t mbrtowc(wchar_t *pwc, const char *s, size_t n, mbstate_t *ps)
{
    (void)ps;
    if (s == NULL)
        return 0;
    if (n == 0)
        return (size_t)-2; /* incomplete: nothing to look at */
    int r = mbtowc(pwc, s, n);
    return r < 0 ? (size_t)-1 : (size_t)r;
}
