/* GNU __label__ and non-local goto: a nested function jumps to a label of its
 * parent out of deep recursion (through frames of other functions) and the parent
 * goes on with its locals and the callee-saved registers of its callers intact;
 * __label__ names are local to their block (one macro used twice), also inside a
 * nested function, which jumps to its own parent several levels up. */
#include "show.h"

static int depth_reached;

static int dive(int n, void (*bail)(int))
{
    depth_reached = n;
    if (n == 0) {
        bail(n);
        return -1000;
    }
    return dive(n - 1, bail) + 1;
}

static int search(int n, int fail_at)
{
    __label__ failed;
    int steps = 0, code = 0;
    void bail(int at) { code = at + 1; goto failed; }
    for (int i = n; i >= fail_at; i--) {
        steps++;
        if (i == fail_at)
            dive(i, bail);
    }
    return steps;
failed:
    return -(steps * 100 + code);
}

static int levels(int n)
{
    __label__ done;
    int result = 0;
    int outer(int k)
    {
        int inner(int j)
        {
            if (j == 0) {
                result = k * 10;
                goto done;
            }
            return inner(j - 1);
        }
        return inner(k);
    }
    outer(n);
    return -1;
done:
    return result + 1;
}

#define ONCE(x) ({ __label__ skip; int v_ = (x); if (v_ > 5) goto skip; v_ *= 2; skip: v_; })

static int callee_saved(int a, int b)
{
    /* values the caller keeps in registers across the call to search() */
    int x = a * 3, y = b * 5, z = a + b;
    int r = search(20, 3);
    return x + y + z + r;
}

int main(void)
{
    show("search", search(10, 4));
    show("search", search(3, 3));
    show("depth", depth_reached);
    show("levels", levels(4));
    show("levels", levels(0));
    show("once", ONCE(3));
    show("once", ONCE(9));
    int total = 0;
    for (int i = 0; i < 3; i++)
        total += callee_saved(i, i + 1);
    show("total", total);
    return 0;
}
