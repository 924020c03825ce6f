/* wmemcmp.c - wmemcmp: comparison of n chars for wide chars. */
#include <wchar.h>

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}
