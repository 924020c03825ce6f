/* printf.c - <stdio.h> formatting: every combination of a set of flags, widths and
 * precisions with each conversion over a table of values, through printf and snprintf
 * (with truncation). Floats are float values, so the host's printf (which sees them
 * promoted to double, exactly) prints the same digits. long long is 64 bits on both. */
#include <stdio.h>
#include <inttypes.h>
#include <stddef.h>
#include <string.h>

static const char *flags[] = {"", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#0"};
static const char *widths[] = {"", "1", "6", "14"};
static const char *precisions[] = {"", ".", ".0", ".1", ".3", ".8"};
static const int ints[] = {0, 1, -1, 7, 42, -255, 4096, 123456789, 2147483647, -2147483647 - 1};
static const float floats[] = {0.0f, -0.0f, 1.0f, -1.5f, 0.5f, 2.5f, 0.1f, 1e-5f, 123.456f,
                               99999.5f, 1e10f, 3.4028235e38f, 1.17549435e-38f, 1.4e-45f,
                               0.000123f, 6.02214e23f, -7.25e-3f};

static int lines;

static void spec_of(char *out, const char *f, const char *w, const char *p, const char *conv)
{
    strcpy(out, "%");
    strcat(out, f);
    strcat(out, w);
    strcat(out, p);
    strcat(out, conv);
}

static void integers(void)
{
    const char *convs[] = {"d", "i", "u", "x", "X", "o", "lu"};
    char spec[32], buf[64];
    unsigned fi, wi, pi, ci, vi;
    for (ci = 0; ci < sizeof convs / sizeof convs[0]; ci++)
        for (fi = 0; fi < sizeof flags / sizeof flags[0]; fi++)
            for (wi = 0; wi < sizeof widths / sizeof widths[0]; wi++)
                for (pi = 0; pi < sizeof precisions / sizeof precisions[0]; pi++) {
                    spec_of(spec, flags[fi], widths[wi], precisions[pi], convs[ci]);
                    printf("%s:", spec);
                    for (vi = 0; vi < sizeof ints / sizeof ints[0]; vi++) {
                        if (convs[ci][0] == 'l')
                            snprintf(buf, sizeof buf, spec, (unsigned long)(unsigned)ints[vi]);
                        else
                            snprintf(buf, sizeof buf, spec, ints[vi]);
                        printf("[%s]", buf);
                    }
                    printf("\n");
                    lines++;
                }
}

static void reals(void)
{
    const char *convs[] = {"f", "e", "g", "E", "G"};
    const char *fprec[] = {"", ".0", ".1", ".2", ".6", ".9", ".20"};
    char spec[32];
    unsigned fi, wi, pi, ci, vi;
    for (ci = 0; ci < sizeof convs / sizeof convs[0]; ci++)
        for (fi = 0; fi < sizeof flags / sizeof flags[0]; fi++)
            for (wi = 0; wi < sizeof widths / sizeof widths[0]; wi += 2)
                for (pi = 0; pi < sizeof fprec / sizeof fprec[0]; pi++) {
                    spec_of(spec, flags[fi], widths[wi], fprec[pi], convs[ci]);
                    printf("%s:", spec);
                    for (vi = 0; vi < sizeof floats / sizeof floats[0]; vi++) {
                        printf("[");
                        printf(spec, floats[vi]);
                        printf("]");
                    }
                    printf("\n");
                    lines++;
                }
}

static void others(void)
{
    char buf[16];
    int n;
    printf("[%s][%10s][%-10s][%.2s][%c][%-3c][%3c][%%]\n", "str", "right", "left", "cut",
           'x', 'y', 'z');
    printf("[%*d][%-*d][%.*d][%*.*f]\n", 5, 42, 5, 42, 4, 7, 8, 2, 3.14159f);
    printf("[%hd][%hhu][%5hx][%zu][%td]\n", (short)1234, (unsigned char)200, (unsigned short)4660,
           (size_t)12, (ptrdiff_t)-5);
    printf("[%.151f]\n[%.120e]\n[%#.155g]\n[%-12.3e|%012.4f]\n", 1.4e-45f, 0.1f, 3.0f,
           -0.0f, -1.0f / 3.0f);
    {
        long long big[] = {0, -1, 9223372036854775807LL, -9223372036854775807LL - 1,
                           1099511627776LL, -8589934585LL, 1234567890123LL};
        unsigned k;
        for (k = 0; k < sizeof big / sizeof big[0]; k++)
            printf("[%lld][%llu][%llx][%#llo][%+25lld][%-22lld][%.20lld]\n", big[k],
                   (unsigned long long)big[k], (unsigned long long)big[k],
                   (unsigned long long)big[k], big[k], big[k], big[k]);
    }
    printf("[%" PRId64 "][%" PRIx32 "][%" PRIdMAX "][%" PRIuPTR "]\n", (int64_t)-5000000000LL,
           (uint32_t)0xBEEF, (intmax_t)-77, (uintptr_t)1234);
    n = snprintf(buf, sizeof buf, "%s and more text", "truncated");
    printf("snprintf: %d [%s]\n", n, buf);
    n = snprintf(NULL, 0, "%d%s", 12345, "abc");
    printf("snprintf(NULL, 0): %d\n", n);
    n = sprintf(buf, "%05d|%x", -42, 48879u);
    printf("sprintf: %d [%s]\n", n, buf);
    n = printf("%s", "count me\n");
    printf("printf returned %d\n", n);
    printf("lines: %d\n", lines);
}

int main(void)
{
    integers();
    reals();
    others();
    return 0;
}
