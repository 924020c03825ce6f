/* wcscspn.c - wcscspn: length of the prefix made of chars not in a set for wide strings. */
#include <wchar.h>

size_t wcscspn(const wchar_t *s, const wchar_t *reject)
{
    size_t n = 0;
    while (s[n] && !wcschr(reject, s[n]))
        n++;
    return n;
}
