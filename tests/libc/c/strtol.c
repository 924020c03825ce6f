/* strtol.c - <stdlib.h> number conversion: strtol/strtoul and strtoll/strtoull over inputs
 * and bases (value, end position, errno), atoi/atol/atoll, and the 32-bit overflow edges
 * of long (checked against fixed expectations on a machine whose long has 32 bits,
 * printed as "ok" elsewhere). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static const char *inputs[] = {
    "0", "42", "-42", "  +17xyz", "0x1F", "0X1f", "0x", "0xg", "017", "08", "-0", "",
    "   ", "-", "+", "abc", "zz", "ZZ", "1z", "0b101", "-0x10", " \t\n 12", "2147483647",
    "-2147483647", "12345678", "777", "-777", "+0x7fffffff", "1000000000"};
static const int bases[] = {0, 2, 8, 10, 16, 36};
static const char *long_inputs[] = {
    "0", "-1", "2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
    "18446744073709551616", "0x7fffffffffffffff", "0xFFFFFFFFFFFFFFFF", "  -0x10",
    "1777777777777777777777", "zzzzzzzzzzzzz", "+12abc"};

static int failures;

static void expect(const char *s, int base, long value, int end, int err)
{
    char *e;
    long v;
    errno = 0;
    v = strtol(s, &e, base);
    if (v != value || e - s != end || errno != err) {
        printf("strtol(\"%s\", %d) = %ld end %d errno %d; expected %ld end %d errno %d\n", s,
               base, v, (int)(e - s), errno, value, end, err);
        failures++;
    }
}

static void expect_u(const char *s, int base, unsigned long value, int end, int err)
{
    char *e;
    unsigned long v;
    errno = 0;
    v = strtoul(s, &e, base);
    if (v != value || e - s != end || errno != err) {
        printf("strtoul(\"%s\", %d) = %lu end %d errno %d; expected %lu\n", s, base, v,
               (int)(e - s), errno, value);
        failures++;
    }
}

int main(void)
{
    unsigned i, b;
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
        for (b = 0; b < sizeof bases / sizeof bases[0]; b++) {
            char *e1, *e2;
            long v;
            unsigned long u;
            int err1, err2;
            errno = 0;
            v = strtol(inputs[i], &e1, bases[b]);
            err1 = errno;
            errno = 0;
            u = strtoul(inputs[i], &e2, bases[b]);
            err2 = errno;
            if (err1 == ERANGE || v > 2147483647L || v < -2147483647L - 1) {
                printf("\"%s\" base %d: beyond 32 bits\n", inputs[i], bases[b]);
                continue;
            }
            printf("\"%s\" base %d: strtol %ld end %d errno %d; strtoul %lu end %d errno %d\n",
                   inputs[i], bases[b], v, (int)(e1 - inputs[i]), err1,
                   u > 0xFFFFFFFFul ? u & 0xFFFFFFFFul : u, (int)(e2 - inputs[i]), err2);
        }
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
        printf("atoi(\"%s\") = %d, atol = %ld\n", inputs[i], atoi(inputs[i]), atol(inputs[i]));
    /* long long is 64 bits on both machines: every case compares directly. */
    for (i = 0; i < sizeof long_inputs / sizeof long_inputs[0]; i++)
        for (b = 0; b < sizeof bases / sizeof bases[0]; b++) {
            char *e1, *e2;
            long long v;
            unsigned long long u;
            int err1, err2;
            errno = 0;
            v = strtoll(long_inputs[i], &e1, bases[b]);
            err1 = errno;
            errno = 0;
            u = strtoull(long_inputs[i], &e2, bases[b]);
            err2 = errno;
            printf("\"%s\" base %d: strtoll %lld end %d errno %d; strtoull %llu end %d errno %d\n",
                   long_inputs[i], bases[b], v, (int)(e1 - long_inputs[i]), err1, u,
                   (int)(e2 - long_inputs[i]), err2);
        }
    printf("atoll %lld, llabs %lld\n", atoll("-9223372036854775807"), llabs(-1234567890123LL));
    if (LONG_MAX == 2147483647) {
        expect("2147483648", 10, LONG_MAX, 10, ERANGE);
        expect("-2147483648", 10, LONG_MIN, 11, 0);
        expect("-2147483649", 10, LONG_MIN, 11, ERANGE);
        expect("0x80000000", 16, LONG_MAX, 10, ERANGE);
        expect("99999999999999999999", 10, LONG_MAX, 20, ERANGE);
        expect("-99999999999999999999", 0, LONG_MIN, 21, ERANGE);
        expect_u("4294967295", 10, 4294967295ul, 10, 0);
        expect_u("4294967296", 10, ULONG_MAX, 10, ERANGE);
        expect_u("-1", 10, ULONG_MAX, 2, 0);
        expect_u("-4294967295", 10, 1, 11, 0);
        expect_u("0xFFFFFFFF", 0, 4294967295ul, 10, 0);
    }
    printf("32-bit edges: %s\n", failures ? "FAILED" : "ok");
    return failures;
}
