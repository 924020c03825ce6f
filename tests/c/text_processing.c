/* Text processing: word reversal, palindromes, run-length encoding, histogram. */
#include "print.h"

static int len(const char *s) { int n = 0; while (s[n]) n++; return n; }

static void reverse_range(char *s, int i, int j)
{
    while (i < j) { char t = s[i]; s[i++] = s[j]; s[j--] = t; }
}

static void reverse_words(char *s)
{
    int n = len(s);
    reverse_range(s, 0, n - 1);
    int start = 0;
    for (int i = 0; i <= n; i++)
        if (s[i] == ' ' || s[i] == 0) {
            reverse_range(s, start, i - 1);
            start = i + 1;
        }
}

static int is_palindrome(const char *s)
{
    int i = 0, j = len(s) - 1;
    while (i < j) {
        while (i < j && s[i] == ' ') i++;
        while (i < j && s[j] == ' ') j--;
        if ((s[i] | 32) != (s[j] | 32)) return 0;
        i++, j--;
    }
    return 1;
}

static void rle(const char *s, char *out)
{
    while (*s) {
        char c = *s;
        int n = 0;
        while (*s == c) { s++; n++; }
        if (n > 1) {
            if (n >= 10) *out++ = '0' + n / 10;
            *out++ = '0' + n % 10;
        }
        *out++ = c;
    }
    *out = 0;
}

int main(void)
{
    char s[] = "the quick brown fox";
    reverse_words(s);
    print_str(s); print_char('\n');
    print_int(is_palindrome("A man a plan a canal Panama"));
    print_int(is_palindrome("not one")); print_char('\n');
    char out[64];
    rle("aaabccddddddddddddeff", out);
    print_str(out); print_char('\n');
    int hist[26] = {0};
    for (const char *p = "hello world of histograms"; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            hist[*p - 'a']++;
    for (int i = 0; i < 26; i++)
        if (hist[i] > 1) {
            print_char('a' + i); print_int(hist[i]); print_char(' ');
        }
    print_char('\n');
    return len(out);
}
