/* Arbitrary-precision arithmetic in base 10000: factorials and powers of two. */
#include "print.h"

#define DIGITS 60
typedef struct { int d[DIGITS]; int n; } big;

static void set(big *b, int v)
{
    b->n = 0;
    do {
        b->d[b->n++] = v % 10000;
        v /= 10000;
    } while (v);
}

static void mul_small(big *b, int m)
{
    int carry = 0;
    for (int i = 0; i < b->n; i++) {
        int t = b->d[i] * m + carry;
        b->d[i] = t % 10000;
        carry = t / 10000;
    }
    while (carry) {
        b->d[b->n++] = carry % 10000;
        carry /= 10000;
    }
}

static big add(big a, big b)
{
    big r;
    int carry = 0, n = a.n > b.n ? a.n : b.n;
    for (int i = 0; i < n; i++) {
        int t = (i < a.n ? a.d[i] : 0) + (i < b.n ? b.d[i] : 0) + carry;
        r.d[i] = t % 10000;
        carry = t / 10000;
    }
    r.n = n;
    if (carry)
        r.d[r.n++] = carry;
    return r;
}

static void show(const big *b)
{
    print_int(b->d[b->n - 1]);
    for (int i = b->n - 2; i >= 0; i--) {
        int v = b->d[i];
        print_char('0' + v / 1000);
        print_char('0' + v / 100 % 10);
        print_char('0' + v / 10 % 10);
        print_char('0' + v % 10);
    }
    print_char('\n');
}

int main(void)
{
    big f;
    set(&f, 1);
    for (int i = 2; i <= 50; i++)
        mul_small(&f, i);
    show(&f);
    big p;
    set(&p, 1);
    for (int i = 0; i < 100; i++)
        mul_small(&p, 2);
    show(&p);
    big a, b;
    set(&a, 0);
    set(&b, 1);
    for (int i = 0; i < 150; i++) {
        big c = add(a, b);
        a = b;
        b = c;
    }
    show(&a);
    return f.n;
}
