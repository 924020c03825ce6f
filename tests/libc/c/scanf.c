/* scanf.c - <stdio.h> input conversion: sscanf over a table of inputs and formats
 * (integers in every base, widths, suppression, %n, literals, %%, floats, strings, sets,
 * characters), the result count and every stored value printed; then scanf and fscanf
 * reading numbers and words from stdin until EOF. Values that overflow an int are left
 * out (undefined, and word-size dependent). */
#include <stdio.h>
#include <string.h>

static const char *inputs[] = {
    "", "   ", "42", "-42 17 99", "  +7,0x1f,077", "0xz", "12abc", "abc", "1 2",
    "21474836 65535 -1", "  -0 010 0x10", "9 - 3", "5%6", "7 , 8", "1.5 2.5e3",
    "-0.25x", ".5", "1e", "3.", "hello world", "x[abc]yz", "a-b-c", "   tab\tsep\n9",
    "1e5 -2.5E-3 +.75"};

static void integers(const char *in)
{
    static const char *formats[] = {"%d %u %d%n", "%d,%x,%o%n", "%i,%i,%i%n", "%i %i %i%n",
                                    "%2d%3u%d%n", "%*d %u %d%n", "%d%%%u%n", "%d , %u%n",
                                    "%d - %u%n", "%x %X %d%n", " %d %u%n", "%dabc%u%n"};
    unsigned k;
    for (k = 0; k < sizeof formats / sizeof formats[0]; k++) {
        int a = -1, c = -1, n = -1;
        unsigned b = 1;
        int r = sscanf(in, formats[k], &a, &b, &c, &n);
        printf(" %d:%d,%u,%d,%d", r, a, b, c, n);
    }
}

static void others(const char *in)
{
    float f = -1.0f, g = -1.0f, h = -1.0f;
    char s[32] = "?", t[32] = "?", ch[4] = "??";
    int a = -1, n = -1, r;
    if (strstr(in, "0x") == NULL) {  /* (no hexadecimal floats here) */
        r = sscanf(in, "%f %e %g%n", &f, &g, &h, &n);
        printf(" %d:%g,%g,%g,%d", r, f, g, h, n);
    }
    n = -1;
    r = sscanf(in, "%d %5s%n", &a, s, &n);
    printf(" %d:%d,%s,%d", r, a, s, n);
    n = -1;
    r = sscanf(in, "%*s %s%n", t, &n);
    printf(" %d:%s,%d", r, t, n);
    strcpy(s, "?");
    n = -1;
    r = sscanf(in, "%*[^[][%[^]]%n", s, &n);
    printf(" %d:%s,%d", r, s, n);
    strcpy(s, "?");
    n = -1;
    r = sscanf(in, "%d%[a-c]%n", &a, s, &n);
    printf(" %d:%s,%d", r, s, n);
    n = -1;
    r = sscanf(in, "%2c%n", ch, &n);
    printf(" %d:%c%c,%d\n", r, ch[0], ch[1], n);
}

int main(void)
{
    unsigned i;
    int value, count = 0, sum = 0;
    char word[16];
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        printf("\"%s\":", inputs[i]);
        integers(inputs[i]);
        others(inputs[i]);
    }
    while (scanf("%d", &value) == 1) {
        sum += value;
        count++;
    }
    printf("scanf: %d numbers, sum %d\n", count, sum);
    while (fscanf(stdin, "%15s", word) == 1)
        printf("word [%s]\n", word);
    printf("at end: %d\n", scanf("%d", &value));
    return 0;
}
