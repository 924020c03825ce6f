/* Dynamic programming: memoized fibonacci, longest common subsequence, knapsack,
 * edit distance, with 2-D local and static arrays. */
#include "print.h"

static int memo[50];
static int fib(int n)
{
    if (n < 2) return n;
    if (memo[n]) return memo[n];
    return memo[n] = fib(n - 1) + fib(n - 2);
}

static int max(int a, int b) { return a > b ? a : b; }
static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }
static int len(const char *s) { int n = 0; while (s[n]) n++; return n; }

static int lcs(const char *a, const char *b)
{
    static int t[20][20];
    int n = len(a), m = len(b);
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            t[i][j] = i == 0 || j == 0 ? 0
                    : a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1
                    : max(t[i - 1][j], t[i][j - 1]);
    return t[n][m];
}

static int edit(const char *a, const char *b)
{
    int t[20][20];
    int n = len(a), m = len(b);
    for (int i = 0; i <= n; i++) t[i][0] = i;
    for (int j = 0; j <= m; j++) t[0][j] = j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++)
            t[i][j] = min3(t[i - 1][j] + 1, t[i][j - 1] + 1,
                           t[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
    return t[n][m];
}

static int knapsack(const int *w, const int *v, int n, int cap)
{
    int best[101] = {0};
    for (int i = 0; i < n; i++)
        for (int c = cap; c >= w[i]; c--)
            best[c] = max(best[c], best[c - w[i]] + v[i]);
    return best[cap];
}

int main(void)
{
    print_int(fib(40)); print_char('\n');
    print_int(lcs("AGGTAB", "GXTXAYB")); print_int(lcs("abcdefgh", "hgfedcba"));
    print_char('\n');
    print_int(edit("kitten", "sitting")); print_int(edit("flaw", "lawn")); print_char('\n');
    int w[] = {12, 7, 11, 8, 9}, v[] = {24, 13, 23, 15, 16};
    print_int(knapsack(w, v, 5, 26)); print_char('\n');
    return edit("", "abc");
}
