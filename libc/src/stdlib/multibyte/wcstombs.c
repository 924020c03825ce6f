/* wcstombs.c - wcstombs: a wide string to a multibyte string. */
#include <stdlib.h>
#include <wchar.h>

size_t wcstombs(char *dst, const wchar_t *src, size_t n)
{
    return wcsrtombs(dst, &src, n, NULL);
}
