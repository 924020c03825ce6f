/* GNU nested functions called through pointers (trampolines in the parent's frame):
 * callbacks passed to other functions (a qsort-like sort), a pointer stored and called after
 * the parent made other calls, pointers to nested functions of different
 * activations of a recursive parent, and a nested function's address taken inside
 * another nested function. */
#include "show.h"

/* qsort's interface (insertion sort) */
static void sort_with(void *base, int n, int size, int (*cmp)(const void *, const void *))
{
    int *v = base;
    for (int i = 1; i < n * size; i += size)
        for (int j = i; j > 0 && cmp(&v[j - size], &v[j]) > 0; j -= size) {
            int t = v[j];
            v[j] = v[j - size];
            v[j - size] = t;
        }
}

static void each(int n, void (*cb)(int))
{
    for (int i = 0; i < n; i++)
        cb(i);
}

static int call_with(int (*f)(int), int v)
{
    return f(v);
}

static int sort_desc(int *v, int n)
{
    int compares = 0, descending = 1;
    int cmp(const void *a, const void *b)
    {
        int x = *(const int *)a, y = *(const int *)b;
        compares++;
        return descending ? (x < y) - (x > y) : (x > y) - (x < y);
    }
    sort_with(v, n, 1, cmp);
    return compares > 0;
}

/* Each activation passes its own nested function down; the innermost calls them all. */
static int activations(int n, int (*outer[])(int), int k)
{
    int mine = n * 10;
    int f(int v) { return v + mine; }
    outer[k] = f;
    if (n > 0)
        return activations(n - 1, outer, k + 1);
    int sum = 0;
    for (int i = 0; i <= k; i++)
        sum += call_with(outer[i], i);
    return sum;
}

static int (*keep)(int);

static int later(void)
{
    int base = 7;
    int add(int v) { return v + base; }
    int (*p)(int) = add;
    base = 40;
    show("via pointer", p(2));
    int pick(int which)
    {
        int (*q)(int) = add; /* address taken in a nested function */
        return which ? q(which) : call_with(add, 100);
    }
    keep = add;
    return pick(1) + pick(0) + keep(3);
}

int main(void)
{
    int sum = 0;
    void acc(int i) { sum += i * i; }
    each(5, acc);
    show("sum", sum);
    int v[8] = {5, 3, 9, 1, 7, 2, 8, 2};
    show("sorted", sort_desc(v, 8));
    for (int i = 0; i < 8; i++)
        show("v", v[i]);
    int (*fs[6])(int);
    show("activations", activations(5, fs, 0));
    show("later", later());
    return 0;
}
