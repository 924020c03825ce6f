/* setlocale.c - setlocale: only the "C" locale (also called "POSIX" or "") exists. */
#include <locale.h>
#include <string.h>

char *setlocale(int category, const char *locale)
{
    if (category < LC_ALL || category > LC_TIME)
        return NULL;
    if (locale == NULL || locale[0] == 0 || strcmp(locale, "C") == 0 ||
        strcmp(locale, "POSIX") == 0)
        return "C";
    return NULL;
}
