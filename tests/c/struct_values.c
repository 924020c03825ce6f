/* Struct values: large structs returned through calls, chained returns, structs with
 * arrays, struct arguments among scalars, conditional struct values, arrays in structs. */
#include "print.h"

struct big { int v[20]; int n; };
struct pair { int a, b; };

static struct big make(int n)
{
    struct big b;
    b.n = n;
    for (int i = 0; i < 20; i++)
        b.v[i] = i * n;
    return b;
}

static struct big twice(struct big b)
{
    for (int i = 0; i < 20; i++)
        b.v[i] *= 2;
    b.n *= 2;
    return b;
}

static int sum(struct big b)
{
    int s = 0;
    for (int i = 0; i < 20; i++)
        s += b.v[i];
    return s + b.n;
}

static struct pair swap(struct pair p) { return (struct pair){p.b, p.a}; }
static int mix(int x, struct pair p, int y, struct pair q) { return x * p.a + y * q.b - p.b; }

int main(void)
{
    struct big b = make(3);
    print_int(sum(b)); print_char('\n');
    print_int(sum(twice(b))); print_char('\n');
    print_int(sum(b)); print_char('\n');
    print_int(sum(twice(twice(make(1))))); print_char('\n');
    struct pair p = {1, 2};
    struct pair q = swap(swap(swap(p)));
    print_int(q.a); print_int(q.b); print_char('\n');
    print_int(mix(10, p, 100, q)); print_char('\n');
    struct pair r = p.a > 5 ? p : q;
    print_int(r.a); print_char('\n');
    print_int(make(5).v[4]); print_char('\n');
    struct big arr[2];
    arr[0] = make(2);
    arr[1] = arr[0];
    arr[1].v[19] = 0;
    print_int(sum(arr[0]) - sum(arr[1])); print_char('\n');
    return swap(p).a;
}
