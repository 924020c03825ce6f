/* Pointer arithmetic on arrays of ints, structs and pointers; differences,
 * comparisons, negative offsets, pointers to array elements of 2-D arrays. */
#include "print.h"

struct rec { int id; int vals[3]; };

int main(void)
{
    struct rec recs[5];
    for (int i = 0; i < 5; i++) {
        recs[i].id = i;
        for (int j = 0; j < 3; j++)
            recs[i].vals[j] = i * 10 + j;
    }
    struct rec *p = recs + 1, *end = recs + 5;
    print_int(end - p); print_int(p->id); print_int((p + 2)->vals[1]); print_char('\n');
    print_int((end - 1)->id); print_int(end[-2].id); print_char('\n');
    int *ip = &recs[2].vals[0];
    print_int(ip[2]); print_int(*(ip + 1)); print_char('\n');
    int *arr[3];
    int a = 1, b = 2, c = 3;
    arr[0] = &a; arr[1] = &b; arr[2] = &c;
    int **pp = arr;
    print_int(**pp); print_int(*pp[2]); print_int(**(pp + 1)); print_char('\n');
    int grid[3][4];
    for (int i = 0; i < 12; i++)
        (&grid[0][0])[i] = i;
    int *g = grid[1];
    print_int(*g); print_int(g[5]); print_int(grid[2][-1]); print_char('\n');
    char text[] = "pointer";
    char *s = text, *t = text + 7;
    int n = 0;
    while (s < t) {
        s++;
        n++;
    }
    print_int(n); print_int(t - text); print_int(s == t); print_char('\n');
    int *q = &recs[0].id;
    q += 5;
    print_int(*q); print_char('\n');
    return (int)(end - recs);
}
