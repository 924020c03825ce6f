/* string.c - <string.h> and <ctype.h>: comparisons (sign only), searches (as offsets),
 * copies and concatenation, overlapping memmove, strtok, strerror of 0, and every
 * character class of -1..130 plus a few values far outside char range. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *words[] = {"", "a", "abc", "abd", "ab", "hello world", "b", "lo", "o w"};
#define NWORDS (sizeof words / sizeof words[0])

static int sign(int x) { return (x > 0) - (x < 0); }

static long offset(const char *base, const char *p) { return p ? (long)(p - base) : -1L; }

static void comparisons(void)
{
    unsigned i, j;
    for (i = 0; i < NWORDS; i++) {
        printf("%u: len %d", i, (int)strlen(words[i]));
        for (j = 0; j < NWORDS; j++)
            printf(" %d%d%d%ld/%d/%d/%ld", sign(strcmp(words[i], words[j])),
                   sign(strncmp(words[i], words[j], 2)), sign(memcmp(words[i], words[j], 1)),
                   offset(words[i], strstr(words[i], words[j])),
                   (int)strspn(words[i], words[j]), (int)strcspn(words[i], words[j]),
                   offset(words[i], strpbrk(words[i], words[j])));
        printf("\n");
    }
}

static void searches(void)
{
    const char *s = "hello world";
    int c;
    for (c = 'a'; c <= 'z'; c++)
        printf("%c:%ld,%ld,%ld ", c, offset(s, strchr(s, c)), offset(s, strrchr(s, c)),
               offset(s, memchr(s, c, 5)));
    printf("nul:%ld\n", offset(s, strchr(s, 0)));
}

static void copies(void)
{
    char buf[64], other[64];
    int i;
    strcpy(buf, "abc");
    strcat(buf, "def");
    strncat(buf, "ghijk", 2);
    printf("cat: %s\n", buf);
    memset(buf, 'x', 10);
    strncpy(buf, "ab", 5);
    printf("strncpy: %d %d %d %c\n", buf[2], buf[3], buf[4], buf[5]);
    for (i = 0; i < 40; i++)
        buf[i] = other[i] = (char)('A' + i % 26);
    memmove(buf + 3, buf, 20);
    memmove(buf, buf + 7, 20);
    buf[30] = 0;
    printf("memmove: %s\n", buf);
    memcpy(other, "0123456789", 10);
    other[12] = 0;
    printf("memcpy: %s\n", other);
    strcpy(buf, "  alpha,beta,,gamma delta ");
    {
        char *t;
        for (t = strtok(buf, " ,"); t; t = strtok(NULL, " ,"))
            printf("[%s]", t);
        printf("\n");
    }
    {
        char *d = strdup("duplicate");
        printf("strdup: %s %d\n", d, (int)strlen(d));
        free(d);
    }
    printf("strerror(0): %s\n", strerror(0));
    printf("strcasecmp: %d %d %d %d %d\n", sign(strcasecmp("Hello", "hELLO")),
           sign(strcasecmp("abc", "ABD")), sign(strcasecmp("b", "A")),
           sign(strncasecmp("ABCdef", "abcXYZ", 3)), sign(strncasecmp("ab", "AbC", 3)));
}

static void classes(void)
{
    int c, extremes[] = {-1000, 255, 256, 1000, 0x10FFFF};
    unsigned k;
    for (c = -1; c <= 130; c++)
        printf("%d%d%d%d%d%d%d%d%d%d%d%d%c%c", !!isalnum(c), !!isalpha(c), !!isblank(c),
               !!iscntrl(c), !!isdigit(c), !!isgraph(c), !!islower(c), !!isprint(c),
               !!ispunct(c), !!isspace(c), !!isupper(c), !!isxdigit(c),
               tolower(c) == c ? '=' : 'l', toupper(c) == c ? '=' : 'u');
    printf("\n");
    /* The host's ctype may not accept these (outside unsigned char and EOF); the QPU's
     * must: no class, case unchanged. */
    for (k = 0; k < sizeof extremes / sizeof extremes[0]; k++) {
#ifdef __QPU__
        c = extremes[k];
        if (isalpha(c) || isspace(c) || isprint(c) || iscntrl(c) || isdigit(c) ||
            tolower(c) != c || toupper(c) != c)
            printf("%d is in a class\n", c);
#endif
    }
    printf("values outside char: no class\n");
}

int main(void)
{
    comparisons();
    searches();
    copies();
    classes();
    return 0;
}
