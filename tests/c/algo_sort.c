/* Sorting algorithms: bubble, insertion, quicksort, merge sort on the same data. */
#include "print.h"

#define N 40

static unsigned seed = 12345;
static int next_rand(void)
{
    seed = seed * 1103515245u + 12345u;
    return (int)((seed >> 16) & 0x7FFF) - 16000;
}

static void bubble(int *a, int n)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j + 1 < n - i; j++)
            if (a[j] > a[j + 1]) {
                int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t;
            }
}

static void insertion(int *a, int n)
{
    for (int i = 1; i < n; i++) {
        int v = a[i], j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void quick(int *a, int lo, int hi)
{
    if (lo >= hi)
        return;
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) {
            int t = a[i]; a[i] = a[j]; a[j] = t;
            i++; j--;
        }
    }
    quick(a, lo, j);
    quick(a, i, hi);
}

static int tmp[N];
static void merge_sort(int *a, int n)
{
    if (n < 2)
        return;
    int m = n / 2;
    merge_sort(a, m);
    merge_sort(a + m, n - m);
    int i = 0, j = m, k = 0;
    while (i < m && j < n)
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < m) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    for (i = 0; i < n; i++)
        a[i] = tmp[i];
}

static int check(const int *a, const int *b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    for (int i = 1; i < n; i++)
        if (a[i - 1] > a[i])
            return 0;
    return 1;
}

int main(void)
{
    int orig[N], a[N], b[N], c[N], d[N];
    for (int i = 0; i < N; i++)
        orig[i] = a[i] = b[i] = c[i] = d[i] = next_rand();
    bubble(a, N);
    insertion(b, N);
    quick(c, 0, N - 1);
    merge_sort(d, N);
    print_int(check(a, b, N)); print_int(check(a, c, N)); print_int(check(a, d, N));
    print_char('\n');
    for (int i = 0; i < N; i += 5) {
        print_int(a[i]);
        print_char(' ');
    }
    print_char('\n');
    return a[0] < orig[0];
}
