/* wcrtomb.c - wcrtomb: a wide character to a multibyte character, with a state. */
#include <stdlib.h>
#include <wchar.h>

size_t wcrtomb(char *s, wchar_t wc, mbstate_t *ps)
{
    (void)ps;
    if (s == NULL)
        return 1;
    int r = wctomb(s, wc);
    return r < 0 ? (size_t)-1 : (size_t)r;
}
