/* Compound literals (file and block scope), as arguments and lvalues. */
#include "print.h"

struct point { int x, y; };

static int dot(struct point a, struct point b) { return a.x * b.x + a.y * b.y; }
static int sum(const int *v, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

int *global_list = (int[]){10, 20, 30};

int main(void)
{
    print_int(dot((struct point){1, 2}, (struct point){3, 4})); print_char('\n');
    print_int(sum((int[]){1, 2, 3, 4}, 4)); print_char('\n');
    struct point *p = &(struct point){.y = 7};
    p->x = 5;
    print_int(p->x * p->y); print_char('\n');
    print_int(global_list[1]); print_char('\n');
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int *v = (int[]){i, i * 2, i * 3};
        total += v[0] + v[1] + v[2];
    }
    print_int(total); print_char('\n');
    return sum((int[3]){[2] = 9}, 3);
}
