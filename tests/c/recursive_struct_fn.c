/* Recursive functions taking and returning structs by value (a tiny rational type). */
#include "print.h"

struct frac { int n, d; };

static int gcd(int a, int b) { return b ? gcd(b, a % b) : (a < 0 ? -a : a); }

static struct frac norm(struct frac f)
{
    int g = gcd(f.n, f.d);
    if (f.d < 0) g = -g;
    return (struct frac){f.n / g, f.d / g};
}

static struct frac add(struct frac a, struct frac b)
{
    return norm((struct frac){a.n * b.d + b.n * a.d, a.d * b.d});
}

static struct frac harmonic(int k)
{
    if (k == 1) return (struct frac){1, 1};
    return add(harmonic(k - 1), (struct frac){1, k});
}

static struct frac cont(int depth)
{
    /* 1 + 1/(1 + 1/(1 + ...)) */
    if (depth == 0) return (struct frac){1, 1};
    struct frac inner = cont(depth - 1);
    return add((struct frac){1, 1}, norm((struct frac){inner.d, inner.n}));
}

int main(void)
{
    for (int k = 1; k <= 8; k++) {
        struct frac h = harmonic(k);
        print_int(h.n); print_char('/'); print_int(h.d); print_char(' ');
    }
    print_char('\n');
    struct frac phi = cont(15);
    print_int(phi.n); print_char('/'); print_int(phi.d); print_char('\n');
    return harmonic(4).d;
}
