/* stdlib.c - the rest of <stdlib.h> and <stdio.h>: abs/labs/div/ldiv, rand/srand
 * repeatability and range, atof, strtof (correct rounding, range edges, errno), calloc
 * overflow, fopen failure, setvbuf full buffering with fflush, fputs/fputc/putchar/puts
 * return values. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Correct rounding needs every digit: halfway cases, long inputs, the edges of the
 * float range. */
static const char *reals[] = {
    "0.1", "3.4028235e38", "3.40282357e38", "3.4028236e38", "1e39", "1.17549435e-38",
    "1.4e-45", "7e-46", "7.1e-46", "16777217", "16777219", "2.5", "0.30000001192092896",
    "0.300000011920928955078125", "0.3000000119209289550781250000000001",
    "123456789012345678901234567890", "9999999999999999999999e-30", "-0", "1e-40",
    "6.0221409e+23", "00000.00001e5", "0.000000000000000000000000000000000000000000001401298"};

int main(void)
{
    int values[] = {0, 7, -7, 2147483647, -2147483647};
    int i, first[5], in_range = 1, same = 1;
    char *end;
    static char buffer[64];
    volatile size_t huge = (size_t)-1 / 2;
    for (i = 0; i < 5; i++) {
        div_t d = div(values[i], 3);
        ldiv_t l = ldiv((long)values[i], -4L);
        printf("abs %d labs %ld div %d %d ldiv %ld %ld\n", abs(values[i]), labs((long)values[i]),
               d.quot, d.rem, l.quot, l.rem);
    }
    srand(17);
    for (i = 0; i < 5; i++)
        first[i] = rand();
    srand(17);
    for (i = 0; i < 1000; i++) {
        int r = rand();
        if (i < 5 && r != first[i])
            same = 0;
        if (r < 0 || r > RAND_MAX)
            in_range = 0;
    }
    printf("rand: repeatable %d, in range %d\n", same, in_range);
    printf("atof %g %g %g %g\n", atof("1.5"), atof("-0.25e2"), atof("  1e3x"), atof("nope"));
    printf("strtof %g", strtof("12.5e-1xyz", &end));
    printf(" rest [%s]\n", end);
    for (i = 0; i < (int)(sizeof reals / sizeof reals[0]); i++) {
        float f;
        errno = 0;
        f = strtof(reals[i], &end);
        printf("strtof(\"%s\") = %.9g, errno %d, %d chars\n", reals[i], f, errno,
               (int)(end - reals[i]));
    }
    printf("calloc overflow: %s\n", calloc(huge, 4) == NULL ? "NULL" : "memory?");
    printf("fopen of a missing file: %s\n",
           fopen("/no/such/dir/file", "r") == NULL ? "NULL" : "a stream?");
    setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    printf("fully buffered: ");
    i = fputs("a", stdout) >= 0;
    i += fputc('b', stdout);
    i += putchar('c');
    printf(" %d\n", i);
    fflush(stdout);
    printf("puts returns %d\n", puts("line") >= 0);
    {
        time_t t1 = time(NULL), t2;
        time(&t2);
        printf("time: %d, clock: %d\n", t2 >= t1 && t1 >= 0, clock() >= 0);
    }
    return 0;
}
