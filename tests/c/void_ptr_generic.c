/* void * as a generic pointer: storing different pointer types, casting back,
 * pointer equality through void *, a generic swap. */
#include "print.h"

static void swap(void *a, void *b, int n)
{
    char *x = a, *y = b;
    for (int i = 0; i < n; i++) {
        char t = x[i];
        x[i] = y[i];
        y[i] = t;
    }
}

struct pt { int x, y; };

int main(void)
{
    int i = 5;
    float f = 2.5f;
    struct pt p = {1, 2};
    void *items[3] = {&i, &f, &p};
    print_int(*(int *)items[0]); print_int((int)(*(float *)items[1] * 2));
    print_int(((struct pt *)items[2])->y); print_char('\n');
    print_int(items[0] == (void *)&i); print_char('\n');
    struct pt q = {8, 9};
    swap(&p, &q, sizeof p);
    print_int(p.x); print_int(q.y); print_char('\n');
    int j = 7;
    swap(&i, &j, sizeof(int));
    print_int(i); print_int(j); print_char('\n');
    return i;
}
