/* assert.c - what a failed assert() does: report on stderr, then abort. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
    if (func != NULL)
        fprintf(stderr, "%s:%d: %s: Assertion `%s' failed.\n", file, line, func, expr);
    else
        fprintf(stderr, "%s:%d: Assertion `%s' failed.\n", file, line, expr);
    abort();
}
