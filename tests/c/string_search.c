/* Substring search (naive and KMP), character search, counting occurrences. */
#include "print.h"

static int len(const char *s) { int n = 0; while (s[n]) n++; return n; }

static int naive(const char *h, const char *n)
{
    int hl = len(h), nl = len(n);
    for (int i = 0; i + nl <= hl; i++) {
        int j = 0;
        while (j < nl && h[i + j] == n[j]) j++;
        if (j == nl) return i;
    }
    return -1;
}

static int kmp(const char *h, const char *n)
{
    int fail[32], nl = len(n);
    fail[0] = 0;
    for (int i = 1, k = 0; i < nl; i++) {
        while (k && n[i] != n[k]) k = fail[k - 1];
        if (n[i] == n[k]) k++;
        fail[i] = k;
    }
    for (int i = 0, k = 0; h[i]; i++) {
        while (k && h[i] != n[k]) k = fail[k - 1];
        if (h[i] == n[k]) k++;
        if (k == nl) return i - nl + 1;
    }
    return -1;
}

static int count(const char *h, char c)
{
    int n = 0;
    for (; *h; h++) n += *h == c;
    return n;
}

int main(void)
{
    const char *text = "abracadabra abacus cadabra";
    const char *pats[] = {"cad", "abac", "bra c", "zzz", "a"};
    for (int i = 0; i < 5; i++) {
        print_int(naive(text, pats[i])); print_char(' ');
        print_int(kmp(text, pats[i])); print_char('\n');
    }
    print_int(count(text, 'a')); print_char('\n');
    return count(text, 'b');
}
