/* printf_hex.c - printf's %a and %A (C99 7.21.6.1): hexadecimal floating output with
 * precisions (rounding half to even), flags, widths, zero, subnormals, FLT_MAX,
 * infinities and NaNs; the same text read back by strtof, and strtof's hexadecimal
 * forms (rounding, subnormals, overflow, where they end), and scanf's. glibc is the oracle
 * (it prints the float converted to double: the same digits). */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const float values[] = {0.1f, 1.0f, -2.5f, 1.5f, 0.0f, 3.0f, 0x1p-149f,
                               0x1.8p-140f, FLT_MIN, FLT_MAX, 1e10f, -0.75f, 0x1.fffffep0f};
static const char *const formats[] = {"%a", "%A", "%.0a", "%.1a", "%.2a", "%.10a", "%#a",
                                      "%#.0a", "%20a", "%-20a|", "%020a", "%+a", "% a",
                                      "%+015.3A"};

int main(void)
{
    char text[64];
    for (unsigned f = 0; f < sizeof formats / sizeof *formats; f++) {
        printf("%-9s", formats[f]);
        for (unsigned v = 0; v < sizeof values / sizeof *values; v++) {
            printf(" ");
            printf(formats[f], values[v]);
        }
        printf("\n");
    }
    printf("%a %A %a %5.1a|\n", INFINITY, -INFINITY, -0.0f, NAN);
    int same = 0;
    for (unsigned v = 0; v < sizeof values / sizeof *values; v++) {
        snprintf(text, sizeof text, "%a", values[v]);
        same += strtof(text, NULL) == values[v];
    }
    printf("read back %d of %d\n", same, (int)(sizeof values / sizeof *values));
    static const char *const hex[] = {
        "0x1p-150", "0x1.0000001p-150", "0x1.8p-149", "0x1.fffffep127", "0x1.ffffffp127",
        "0x1.fffffefp127", "0x", "0xg", "0x.8", "0X1P+3", "-0x10", "0x1p", "0x1p+",
        "0x1.000001p0", "0x1.00000100000001p0", "0x123456789abcdef", "0x.000001p-100",
        "0x1.fffffep-127", "0x1.fffffffp-127", "  +0xA.8p1x", "0x0p99999999", "0x1p-99999999",
        "0x1p-149", "0x1.fffffcp-127", "0x1.ffffffp-127", "0x3p-151"};
    for (unsigned i = 0; i < sizeof hex / sizeof *hex; i++) {
        char *end;
        errno = 0;
        union { float f; unsigned u; } b = {strtof(hex[i], &end)};
        printf("%-24s %08x end %d%s\n", hex[i], b.u, (int)(end - hex[i]),
               errno == ERANGE ? " ERANGE" : "");
    }
    float a = 0, b = 0, c = 0, d = 0;
    int k = sscanf("0x1.8p1 -0X.4P-2 0x10 0xz", "%a %f %g %e", &a, &b, &c, &d);
    printf("sscanf %d: %a %a %a %a\n", k, a, b, c, d);
    k = sscanf("0x1p3q 0x1.8", "%3a %*s %A", &a, &b);
    printf("sscanf widths %d: %a %a\n", k, a, b);
    return 0;
}
