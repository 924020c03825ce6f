/* Deep recursion (stack use), recursion with arrays and static state, tail-like recursion. */
#include "print.h"

static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

static int sum_array(const int *a, int n) { return n == 0 ? 0 : a[0] + sum_array(a + 1, n - 1); }

static int binsearch(const int *a, int lo, int hi, int key)
{
    if (lo > hi) return -1;
    int mid = (lo + hi) / 2;
    if (a[mid] == key) return mid;
    return a[mid] < key ? binsearch(a, mid + 1, hi, key) : binsearch(a, lo, mid - 1, key);
}

static int perm_count;
static void permute(int *a, int k, int n)
{
    if (k == n) {
        perm_count++;
        return;
    }
    for (int i = k; i < n; i++) {
        int t = a[k]; a[k] = a[i]; a[i] = t;
        permute(a, k + 1, n);
        t = a[k]; a[k] = a[i]; a[i] = t;
    }
}

static int collatz(int n) { return n == 1 ? 0 : 1 + collatz(n % 2 ? 3 * n + 1 : n / 2); }

int main(void)
{
    print_int(depth(20000)); print_char('\n');
    int a[100];
    for (int i = 0; i < 100; i++)
        a[i] = i * 3;
    print_int(sum_array(a, 100)); print_char('\n');
    print_int(binsearch(a, 0, 99, 141)); print_int(binsearch(a, 0, 99, 142)); print_char('\n');
    int p[6] = {1, 2, 3, 4, 5, 6};
    permute(p, 0, 6);
    print_int(perm_count); print_char('\n');
    print_int(collatz(27)); print_char('\n');
    return perm_count % 256;
}
