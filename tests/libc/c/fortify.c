/* fortify.c - gcc's object-size checking builtins (__builtin___memcpy_chk and the
 * others that _FORTIFY_SOURCE headers use): a call that fits does the plain operation,
 * whether the compiler folded it or libc's __*_chk checked it at run time; a call that
 * would write past the object stops the program through __chk_fail, caught here by a
 * SIGABRT handler that leaves with longjmp. The host's glibc is the oracle. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The overflows below are meant: the host compiler need not warn about them. */
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#pragma GCC diagnostic ignored "-Wformat-overflow"
#pragma GCC diagnostic ignored "-Warray-bounds"

static jmp_buf back;
static volatile int caught;
static volatile size_t big = 12, small = 3, unknown = (size_t)-1;

static void on_abort(int sig)
{
    (void)sig;
    caught++;
    longjmp(back, 1);
}

/* Runs one check: prints whether it was stopped. */
#define TRY(what, call)                                                   \
    do {                                                                  \
        caught = 0;                                                       \
        signal(SIGABRT, on_abort);                                        \
        if (setjmp(back) == 0) {                                          \
            call;                                                         \
        }                                                                 \
        printf("%-10s %s\n", what, caught ? "stopped" : "ok");            \
    } while (0)

static int vs(char *dst, size_t n, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = n ? __builtin___vsnprintf_chk(dst, n, 0, size, fmt, ap)
              : __builtin___vsprintf_chk(dst, 0, size, fmt, ap);
    va_end(ap);
    return r;
}

static void fits(void)
{
    char buf[8], *p = buf;
    memset(buf, 0, sizeof buf);
    printf("memcpy %d\n", __builtin___memcpy_chk(buf, "abcdefg", 8, sizeof buf) == buf);
    printf("mempcpy %d\n", __builtin___mempcpy_chk(buf, "xy", 2, sizeof buf) == buf + 2);
    __builtin___memmove_chk(buf + 1, buf, small, unknown);
    __builtin___memset_chk(buf + 5, '-', 2, __builtin_object_size(buf + 5, 0));
    printf("%s\n", buf);
    printf("stpcpy %d\n", __builtin___stpcpy_chk(p, "hello", sizeof buf) == buf + 5);
    __builtin___strcat_chk(buf, "!", sizeof buf);
    __builtin___strncat_chk(buf, "?+", 1, sizeof buf);
    printf("%s\n", buf);
    __builtin___strcpy_chk(buf, "ab", sizeof buf);
    __builtin___strncpy_chk(buf + 2, "cdef", small, sizeof buf - 2);
    __builtin___stpncpy_chk(buf + 5, "Z", 2, unknown);
    printf("%.7s\n", buf);
    printf("sprintf %d", __builtin___sprintf_chk(buf, 0, sizeof buf, "%d", 1234567));
    printf(" %s\n", buf);
    printf("snprintf %d", __builtin___snprintf_chk(buf, 4, 0, sizeof buf, "%d", 98765));
    printf(" %s\n", buf);
    printf("vs %d %s\n", vs(buf, 0, sizeof buf, "<%s>", "abc"), buf);
    __builtin___printf_chk(0, "printf %d\n", 42);
    __builtin___fprintf_chk(stdout, 1, "fprintf %s\n", "too");
}

int main(void)
{
    char buf[4];
    char *volatile hidden = buf; /* the host compiler must not see the overflows */
    char *p = hidden;
    fits();
    /* Each stop also says "buffer overflow detected" on stderr, which qvm's console
     * shares with stdout; only stdout is compared with the host's. */
    fflush(stdout);
    fclose(stderr);
    TRY("memcpy", __builtin___memcpy_chk(p, "abcdefgh", big, sizeof buf));
    TRY("memset", __builtin___memset_chk(p, 0, big, 4));
    TRY("memmove", __builtin___memmove_chk(p, "abcdefgh", small, 4));
    TRY("strcpy", __builtin___strcpy_chk(p, "abcd", 4));
    TRY("strcpy3", __builtin___strcpy_chk(p, "abc", 4));
    TRY("stpcpy", __builtin___stpcpy_chk(p, "longer", sizeof buf));
    TRY("strcat", (strcpy(buf, "ab"), __builtin___strcat_chk(p, "cd", 4)));
    TRY("strncat", (strcpy(buf, "ab"), __builtin___strncat_chk(p, "cd", 1, 4)));
    TRY("strncat2", (strcpy(buf, "ab"), __builtin___strncat_chk(p, "cd", 2, 4)));
    TRY("strncpy", __builtin___strncpy_chk(p, "a", 5, sizeof buf));
    TRY("sprintf", __builtin___sprintf_chk(p, 0, sizeof buf, "%d", 1234));
    TRY("sprintf3", __builtin___sprintf_chk(p, 0, sizeof buf, "%d", 123));
    TRY("snprintf", __builtin___snprintf_chk(p, 8, 0, sizeof buf, "%d", 1));
    TRY("vsprintf", vs(p, 0, sizeof buf, "%s", "long"));
    TRY("vsnprintf", vs(p, 5, sizeof buf, "%s", "x"));
    return 0;
}
