/* localeconv.c - localeconv: the numeric and monetary conventions of the "C" locale. */
#include <limits.h>
#include <locale.h>

struct lconv *localeconv(void)
{
    static struct lconv c_locale = {
        ".", "", "", "", "", "", "", "", "", "",
        CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX};
    return &c_locale;
}
