/* Lower bound, upper bound and exact binary searches over sorted arrays with duplicates. */
#include "print.h"

static int lower_bound(const int *a, int n, int key)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < key) lo = mid + 1; else hi = mid;
    }
    return lo;
}

static int upper_bound(const int *a, int n, int key)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] <= key) lo = mid + 1; else hi = mid;
    }
    return lo;
}

int main(void)
{
    int a[] = {1, 3, 3, 3, 5, 8, 8, 13, 21, 21, 21, 21, 34};
    int n = sizeof a / sizeof a[0];
    int keys[] = {0, 1, 3, 4, 8, 21, 34, 40};
    for (int i = 0; i < 8; i++) {
        int lb = lower_bound(a, n, keys[i]), ub = upper_bound(a, n, keys[i]);
        print_int(keys[i]); print_char(':'); print_int(lb); print_char('-'); print_int(ub);
        print_char(' ');
    }
    print_char('\n');
    return upper_bound(a, n, 21) - lower_bound(a, n, 21);
}
