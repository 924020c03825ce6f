/* library_folds.c - library calls qcc-lite does itself (qcc-lite/sema_libfold.c): abs,
 * labs, llabs and imaxabs inline, with their argument evaluated once; memcmp, strncmp,
 * strncasecmp with a zero length are 0 with every argument still evaluated in order. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int calls;
static int next(int v) { calls++; return v; }

int main(void)
{
    int values[] = {0, 1, -1, 7, -7, 2147483647, -2147483647};
    for (unsigned i = 0; i < sizeof values / sizeof *values; i++) {
        int v = values[i];
        printf("%d %ld %lld %lld\n", abs(v), labs((long)v), llabs((long long)v * 3),
               (long long)imaxabs((intmax_t)v - 5));
    }
    printf("%lld\n", llabs(-9000000000000000000LL));
    calls = 0;
    int s = abs(next(-3)) + abs(next(4)) + (int)labs(next(-5));
    printf("sum %d, calls %d\n", s, calls);
    const char *a = "abc", *b = "xyz";
    int r = strncmp(a++, b++, 0);
    r += memcmp(a++, b++, 0);
    r += strncasecmp(a, b, next(0));
    printf("%d %s %s calls %d\n", r, a, b, calls);
    printf("%d %d\n", strncmp("abc", "abd", 2), strncmp("abc", "abd", 3) < 0);
    return 0;
}
