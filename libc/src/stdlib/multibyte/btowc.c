/* btowc.c - btowc: a single-char character as a wide character (WEOF if not one). */
#include <stdlib.h>
#include <wchar.h>
#include "code_point.h"

wint_t btowc(int c)
{
    return c == EOF || !is_code_point(c) ? WEOF : (wint_t)c;
}
