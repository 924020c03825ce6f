/* gnu_align_overflow_p.c - __builtin_assume_aligned (its pointer back, the other
 * arguments evaluated), __builtin_alloca_with_align[_and_max] (storage aligned as asked,
 * in bits, usable), and __builtin_{add,sub,mul}_overflow_p (the type of the third
 * argument, which gcc 12 evaluates all the same; long long ones call libc's
 * __qpu_overflow). Host gcc is the oracle. */
#include <stdio.h>

static void show(const char *label, int v)
{
    printf("%s %d\n", label, v);
}

static int calls;
static int next(void) { return ++calls; }

static void aligned(int n)
{
    int a[4] = {1, 2, 3, 4};
    int *p = __builtin_assume_aligned(a, 4);
    show("assume", p == a);
    int *q = __builtin_assume_aligned(a + 1, 8, next());
    show("assume_misalign", (q == a + 1) * 10 + calls);
    /* 64 bits: the size of a long long, whatever the size of a char */
    long long *l = __builtin_alloca_with_align(n * sizeof(long long), 64);
    show("align64", (int)((unsigned long)l % sizeof(long long)));
    for (int i = 0; i < n; i++)
        l[i] = (long long)i << 33;
    show("use", (int)(l[n - 1] >> 33));
    char *c = __builtin_alloca_with_align_and_max(n, 8 * sizeof(int), 64);
    show("align_int", (int)((unsigned long)c % sizeof(int)));
    c[0] = 'x';
    show("char", c[0]);
    long long *w = __builtin_alloca_with_align(sizeof(long long), 4 * 64);
    show("align256", (int)((unsigned long)w % (4 * sizeof(long long))));
}

static void overflow_p(void)
{
    int x = 0;
    show("add_int", __builtin_add_overflow_p(2147483647, 1, 0));
    show("add_ll", __builtin_add_overflow_p(2147483647, 1, 0LL));
    show("mul_int", __builtin_mul_overflow_p(65536, 65536, (int)0));
    show("mul_uint", __builtin_mul_overflow_p(65535, 65537, 0u));
    show("sub_uint", __builtin_sub_overflow_p(0u, 1, 0u));
    show("sub_int", __builtin_sub_overflow_p(0u, 1, 0));
    show("third_evaluated", __builtin_add_overflow_p(1, 2, (x++, 0)) * 10 + x);
    long long big = 0x7fffffffffffffffLL;
    show("add_ll_big", __builtin_add_overflow_p(big, 1, 0LL));
    show("mul_ll_fits", __builtin_mul_overflow_p(big / 4, 2, (long long)0));
}

int main(void)
{
    aligned(3);
    overflow_p();
    return 0;
}
