/* string_ext.c - the POSIX and BSD string functions (stpcpy, stpncpy, index, rindex,
 * bcmp, bcopy, bzero), toascii, <inttypes.h>'s imaxabs, imaxdiv, strtoimax and
 * strtoumax, printf's %n with every length modifier, aligned_alloc and posix_memalign. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static void strings(void)
{
    char buf[16], *end;
    int i;
    end = stpcpy(buf, "abc");
    end = stpcpy(end, "de");
    printf("stpcpy: %s %d\n", buf, (int)(end - buf));
    memset(buf, 'x', sizeof buf);
    end = stpncpy(buf, "hello", 8);
    printf("stpncpy: %s %d %d %d\n", buf, (int)(end - buf), buf[6], buf[8]);
    end = stpncpy(buf, "hello", 3);
    printf("stpncpy short: %d %c\n", (int)(end - buf), buf[2]);
    printf("index: %s %s\n", index("banana", 'n'), index("banana", 'z') ? "?" : "null");
    printf("rindex: %s %d\n", rindex("banana", 'a'), *rindex("banana", 0));
    printf("bcmp: %d %d\n", bcmp("abc", "abd", 2) == 0, bcmp("abc", "abd", 3) != 0);
    strcpy(buf, "0123456789");
    bcopy(buf, buf + 2, 5);
    printf("bcopy up: %s\n", buf);
    bcopy(buf + 3, buf, 4);
    printf("bcopy down: %s\n", buf);
    bzero(buf + 1, 3);
    printf("bzero: %d %d %d %c\n", buf[1], buf[2], buf[3], buf[4]);
    for (i = 0; i < 3; i++)
        printf("toascii(%d) = %d\n", 0x41 + 0x80 * i, toascii(0x41 + 0x80 * i));
}

static void integers(void)
{
    imaxdiv_t d = imaxdiv(-7000000000LL, 3);
    char *end;
    printf("imaxabs: %jd %jd\n", imaxabs(-5000000000LL), imaxabs(INTMAX_MAX));
    printf("imaxdiv: %jd %jd\n", d.quot, d.rem);
    printf("strtoimax: %jd", strtoimax("-0x7fffffffff rest", &end, 0));
    printf(" [%s]\n", end);
    printf("strtoumax: %ju\n", strtoumax("18446744073709551615", NULL, 10));
}

static void count_conversions(void)
{
    signed char hh = 0;
    short h = 0;
    int n = 0;
    long l = 0;
    long long ll = 0;
    size_t z = 0;
    ptrdiff_t t = 0;
    intmax_t j = 0;
    char buf[64];
    int r = snprintf(buf, sizeof buf, "a%hhnbc%hnd%nef%lng%lln%zn%tn%jn!", &hh, &h, &n, &l,
                     &ll, &z, &t, &j);
    printf("%%n: %s %d | %d %d %d %ld %lld %d %d %d\n", buf, r, hh, h, n, l, ll, (int)z,
           (int)t, (int)j);
    r = snprintf(buf, 4, "%d%n", 123456, &n);
    printf("%%n past the end: %d %d %s\n", r, n, buf);
}

/* On the QPU: the heap made to start at an odd address (a header is two words), before
 * the first malloc; aligned_alloc must still align, and big blocks still merge. */
static void odd_heap_start(void)
{
#ifdef __QPU__
    char *p, *q;
    int ok;
    if ((uintptr_t)sbrk(0) % 2 == 0)
        sbrk(1);
    p = aligned_alloc(64, 3000);
    ok = p != NULL && (uintptr_t)p % 64 == 0;
    q = malloc(5000);
    free(p);
    free(q);
    p = malloc(7000);           /* needs the two blocks above merged */
    ok = ok && p != NULL;
    free(p);
    if (!ok)
        printf("odd heap start: wrong\n");
#endif
}

#ifdef __SANITIZE_ADDRESS__
/* The host build under ASan: a bad alignment is an error code, as POSIX says, not a
 * report that stops the program. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }
#endif

static void aligned(void)
{
    size_t align;
    void *p;
    int ok = 1;
    for (align = 1; align <= 256; align *= 2) {
        /* the size a multiple of the alignment, as C11 asks (ASan holds the host to it) */
        size_t size = align * 3;
        char *q = aligned_alloc(align, size);
        char *r = malloc(3);
        if (q == NULL || (uintptr_t)q % align != 0)
            ok = 0;
        memset(q, 1, size);
        free(r);
        free(q);
    }
    printf("aligned_alloc: %d\n", ok);
    printf("posix_memalign(3): %d\n", posix_memalign(&p, 3, 9) == EINVAL);
    if (posix_memalign(&p, 64, 100) == 0) {
        printf("posix_memalign(64): %d\n", (int)((uintptr_t)p % 64));
        free(p);
    }
}

int main(void)
{
    odd_heap_start();
    strings();
    integers();
    count_conversions();
    aligned();
    return 0;
}
