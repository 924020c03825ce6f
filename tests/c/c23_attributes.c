/* C23 attribute specifiers, which gcc 12 also takes in gnu11 mode: accepted and
 * ignored wherever they stand (declarations, struct tags and members, parameters,
 * statements), and a `[[` never begins anything else in C. */
#include "show.h"

[[maybe_unused]] static int spare(void) { return 1; }

struct [[deprecated]] point {
    [[maybe_unused]] int x;
    int y [[maybe_unused]];
};

[[nodiscard]] static int twice([[maybe_unused]] int unused, int v)
{
    return 2 * v;
}

static int classify(int n)
{
    int r = 0;
    switch (n) {
    case 1:
        r += 10;
        [[fallthrough]];
    case 2:
        r += 1;
        break;
    default:
        r = -1;
    }
    return r;
}

int main(void)
{
    [[maybe_unused]] int local = 3;
    int grid[2][2] = {[0][1] = 5, [1][0] = 7};
    int index[2] = {1, 0};
    struct point p = {.x = 1, .y = 2};
    show("twice", twice(0, p.x + p.y));
    show("classify 1", classify(1));
    show("classify 2", classify(2));
    show("classify 3", classify(3));
    show("nested index", grid[index[1]][index[0]] + grid[index[0]][index[1]]);
    return 0;
}
