/* GNU nested functions: reads and writes of the enclosing function's locals and
 * parameters through the static chain, nested functions inside nested ones, direct
 * calls (also recursive and between siblings), `auto` forward declarations, typedefs
 * of the enclosing block, and the parent's recursion (each activation's nested
 * functions see that activation's frame). */
#include "show.h"

typedef long acc_t;

static int rec(int n, int *out)
{
    int depth = n;
    int get(void) { return depth; }
    int sum(int k)
    {
        int inner(int j) { return j + depth + k; }
        return k ? inner(k) + sum(k - 1) : get();
    }
    if (n > 0)
        rec(n - 1, out);
    out[n] = sum(3); /* after the deeper calls: this frame's depth */
    depth += 100;
    return get();
}

static int params(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j)
{
    /* parameters in registers and on the stack, used by a nested function */
    int all(int scale) { return scale * (a + b + c + d + e + f + g + h + i + j); }
    int many(int p1, int p2, int p3, int p4, int p5, int p6, int p7, int p8, int p9, int p10)
    {
        return p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 * j + p10 * i;
    }
    /* a sibling called with stack arguments: the chain is found while r63 is moved */
    int via(int k) { return many(k, 2, 3, 4, 5, 6, 7, 8, 9 + k, 10 * k) + a; }
    return all(2) + many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10) + via(3);
}

static int counter_demo(void)
{
    int count = 0;
    auto void bump(int by);
    auto int twice(int x);
    int twice(int x) { bump(x); bump(x); return count; }
    void bump(int by) { count += by; }
    twice(3);
    {
        typedef int word;
        word scale = 7;
        word times(word v) { return v * scale + count; }
        return times(2);
    }
}

static long long wide(long long base)
{
    long long acc = base;
    struct pt { int x, y; } p = {3, 4};
    void add(long long v) { acc += v; p.x += (int)v; }
    struct pt get(void) { return p; }
    add(1LL << 40);
    add(5);
    struct pt q = get();
    return acc + q.x * 1000 + q.y;
}

static int chain3(int x)
{
    int a = x;
    int level1(int y)
    {
        int b = y + a;
        int level1_helper(int w) { return w + b; }
        int level2(int z)
        {
            int level3(void) { a++; return a * 100 + b * 10 + z; }
            return level3() + level1_helper(z);
        }
        return level2(b);
    }
    int r = level1(1);
    return r + a;
}

int main(void)
{
    int out[6];
    show("rec", rec(5, out));
    for (int i = 0; i < 6; i++)
        show("out", out[i]);
    show("params", params(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    show("counter", counter_demo());
    print_str("wide ");
    print_ll(wide(10));
    print_str("\n");
    show("chain3", chain3(2));
    show("chain3", chain3(-4));
    acc_t total = 0;
    for (int i = 0; i < 4; i++) {
        acc_t add_sq(acc_t v) { total += v * v; return total; }
        add_sq(i);
    }
    show("total", (int)total);
    return 0;
}
