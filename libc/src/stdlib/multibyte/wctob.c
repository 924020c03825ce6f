/* wctob.c - wctob: a wide character as a single char (EOF if not one). */
#include <stdlib.h>
#include <wchar.h>
#include "code_point.h"

int wctob(wint_t c)
{
    return is_code_point(c) ? c : EOF;
}
