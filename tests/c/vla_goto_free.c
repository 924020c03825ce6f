/* A goto that leaves the scope of variable-length arrays frees them, as gcc does: back
 * to a label before their declaration (the array is declared anew, in the same place)
 * and out of their block. Without it, each round would take more stack. */
#include "show.h"

static int *first_seen[3];

int main(void)
{
    int n = 0, moved = 0;
again:;
    int a[n % 3 + 1];
    a[0] = n;
    if (n < 3)
        first_seen[n] = a;
    else if (first_seen[n % 3] != a && first_seen[0] != a)
        moved++;
    {
        int inner[n + 2];
        inner[n + 1] = n;
        if (n++ < 1000)
            goto again;
        show("inner", inner[n]);
    }
    show("a", a[0]);
    show("moved", moved);
    int sum = 0, *lowest = 0, grew = 0;
    for (int i = 0; i < 2000; i++) {
        int v[i % 5 + 1];
        v[0] = i;
        if (!lowest)
            lowest = v;
        else if (v < lowest - 8)
            grew = 1;
        if (i % 2)
            goto skip;
        sum += v[0];
    skip:;
    }
    show("sum", sum);
    show("grew", grew);
    return 0;
}
