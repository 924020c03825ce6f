/* Arrays of strings: sorting by swapping pointers, searching, 2-D char arrays. */
#include "print.h"

static int cmp(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a - *b;
}

static void sort(const char **v, int n)
{
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && cmp(v[j - 1], v[j]) > 0; j--) {
            const char *t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
}

static int find(const char **v, int n, const char *key)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = cmp(v[mid], key);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}

int main(void)
{
    const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date", "kiwi"};
    int n = sizeof words / sizeof words[0];
    sort(words, n);
    for (int i = 0; i < n; i++) {
        print_str(words[i]);
        print_char(i + 1 < n ? ' ' : '\n');
    }
    print_int(find(words, n, "fig")); print_int(find(words, n, "zzz")); print_char('\n');
    char grid[3][6] = {"one", "two", "three"};
    for (int i = 0; i < 3; i++) {
        print_str(grid[i]);
        print_char('/');
    }
    print_char('\n');
    grid[1][0] = 'T';
    print_str(grid[1]); print_char('\n');
    return find(words, n, "kiwi");
}
