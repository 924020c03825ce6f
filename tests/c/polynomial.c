/* Polynomials as coefficient arrays in structs: evaluation (Horner), addition,
 * multiplication, derivative. */
#include "print.h"

struct poly { int deg; int c[16]; };

static int eval(const struct poly *p, int x)
{
    int r = 0;
    for (int i = p->deg; i >= 0; i--)
        r = r * x + p->c[i];
    return r;
}

static struct poly mul(struct poly a, struct poly b)
{
    struct poly r = {a.deg + b.deg, {0}};
    for (int i = 0; i <= a.deg; i++)
        for (int j = 0; j <= b.deg; j++)
            r.c[i + j] += a.c[i] * b.c[j];
    return r;
}

static struct poly deriv(struct poly a)
{
    struct poly r = {a.deg ? a.deg - 1 : 0, {0}};
    for (int i = 1; i <= a.deg; i++)
        r.c[i - 1] = i * a.c[i];
    return r;
}

static void show(const struct poly *p)
{
    for (int i = p->deg; i >= 0; i--) {
        print_int(p->c[i]);
        print_char(i ? ' ' : '\n');
    }
}

int main(void)
{
    struct poly a = {2, {1, -3, 2}};   /* 2x^2 - 3x + 1 */
    struct poly b = {1, {4, 1}};       /* x + 4 */
    struct poly c = mul(a, b);
    show(&c);
    struct poly d = deriv(c);
    show(&d);
    for (int x = -2; x <= 2; x++) {
        print_int(eval(&c, x)); print_char(' ');
    }
    print_char('\n');
    return eval(&a, 3);
}
