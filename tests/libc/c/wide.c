/* wide.c - <wchar.h> wide strings and memory, the multibyte conversions of <stdlib.h> and
 * <wchar.h> on ASCII text, and the printf/scanf L modifier (long double), compared with
 * the host's C library. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static void show(const char *what, const wchar_t *s)
{
    printf("%s:", what);
    for (const wchar_t *p = s; *p; p++)
        printf(" %d", (int)*p);
    printf(" (%d)\n", (int)wcslen(s));
}

static void strings(void)
{
    wchar_t a[32], b[32];
    wcscpy(a, L"hello");
    show("wcscpy", a);
    wcscat(a, L", world");
    show("wcscat", a);
    wcsncat(a, L"!!!", 1);
    show("wcsncat", a);
    wcsncpy(b, L"abc", 5);
    printf("wcsncpy pads: %d %d %d\n", (int)b[2], (int)b[3], (int)b[4]);
    printf("wcslen %d\n", (int)wcslen(a));
    printf("wcscmp %d %d %d\n", wcscmp(L"abc", L"abd") < 0, wcscmp(L"abc", L"abc"),
           wcscmp(L"b", L"abc") > 0);
    printf("wcsncmp %d %d\n", wcsncmp(L"abcx", L"abcy", 3), wcsncmp(L"abcx", L"abcy", 4) < 0);
    printf("wcschr %d %d\n", (int)(wcschr(a, L'o') - a), wcschr(a, L'z') == NULL);
    printf("wcschr nul %d\n", (int)(wcschr(a, 0) - a));
    printf("wcsrchr %d\n", (int)(wcsrchr(a, L'o') - a));
    printf("wcsstr %d %d\n", (int)(wcsstr(a, L"wor") - a), wcsstr(a, L"xyz") == NULL);
    printf("wcsspn %d wcscspn %d\n", (int)wcsspn(a, L"hel"), (int)wcscspn(a, L" ,"));
}

static void memory(void)
{
    wchar_t m[8];
    wmemset(m, 7, 8);
    wmemcpy(m, L"abc", 3);
    wmemmove(m + 1, m, 4);
    for (int i = 0; i < 8; i++)
        printf("%d ", (int)m[i]);
    printf("\nwmemcmp %d %d\n", wmemcmp(m, L"aabc", 4), wmemcmp(m, L"ab", 2) < 0);
    printf("wmemchr %d %d\n", (int)(wmemchr(m, L'c', 8) - m), wmemchr(m, L'z', 8) == NULL);
}

static void multibyte(void)
{
    wchar_t wc = 0, w[16];
    char c[16];
    int r = mbtowc(&wc, "A", 1);
    printf("mbtowc %d %d\n", r, (int)wc);
    printf("mbtowc nul %d, stateless %d, mblen %d\n", mbtowc(&wc, "", 1),
           mbtowc(NULL, NULL, 0), mblen("x", 1));
    r = wctomb(c, L'Z');
    printf("wctomb %d %c\n", r, c[0]);
    size_t n = mbstowcs(w, "text", 16);
    printf("mbstowcs %d %d %d\n", (int)n, (int)w[0], (int)w[4]);
    printf("mbstowcs count %d\n", (int)mbstowcs(NULL, "counted", 0));
    n = wcstombs(c, L"back", 16);
    printf("wcstombs %d %s\n", (int)n, c);
    n = wcstombs(c, L"truncated", 3);
    printf("wcstombs short %d %.3s\n", (int)n, c);
    printf("btowc %d %d wctob %d\n", (int)btowc('q'), btowc(EOF) == WEOF, wctob(L'r'));
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t k = mbrtowc(&wc, "k", 1, &st);
    printf("mbsinit %d mbrtowc %d %d", mbsinit(&st) != 0, (int)k, (int)wc);
    printf(" wcrtomb %d\n", (int)wcrtomb(c, L'm', &st));
}

static void long_double(void)
{
    long double x = 2.5f, y = 0;
    printf("%Lf %.2Lf %Le %Lg\n", x, -x, x, (long double)0.125f);
    int n = sscanf("3.75 -1.5", "%Lf %Lg", &x, &y);
    printf("sscanf %d %Lf %Lf\n", n, x, y);
}

int main(void)
{
    strings();
    memory();
    multibyte();
    long_double();
    return 0;
}
