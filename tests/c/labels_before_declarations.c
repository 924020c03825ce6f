/* C2x: a label may precede a declaration and may end a compound statement (both
 * accepted by gcc in every mode); a label before an identifier still starts a labeled
 * statement. Checked against gcc. */
#include "show.h"

typedef int count_t;

static int run(int x)
{
    int steps = 0;
    goto start;
again:
    steps++;
start:
    int doubled = 2 * x;
    count_t rounds = 0;
    if (steps < 2)
        goto again;
    {
        rounds += doubled;
        if (rounds > 100)
            goto out;
        rounds++;
    out:
    }
    x = doubled;
next:
    x++;
    if (x < 0)
        goto next;
    return x * 100 + rounds * 10 + steps;
empty_end:
}

int main(void)
{
    show("run 1", run(1));
    show("run 3", run(3));
    show("run 60", run(60));
    return 0;
}
