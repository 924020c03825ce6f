/* Arrays as parameters (decay), pointers to arrays, returning pointers into arrays,
 * sizeof on parameters vs. arrays, passing sub-arrays. */
#include "print.h"

static int sum(int v[], int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

static int *find_max(int *v, int n)
{
    int *best = v;
    for (int i = 1; i < n; i++)
        if (v[i] > *best)
            best = &v[i];
    return best;
}

static void fill_rows(int (*m)[3], int rows)
{
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < 3; j++)
            m[i][j] = i * 3 + j;
}

static int trace(int m[][3]) { return m[0][0] + m[1][1] + m[2][2]; }

int main(void)
{
    int v[8] = {4, 9, 2, 7, 9, 1, 8, 3};
    print_int(sum(v, 8)); print_int(sum(v + 4, 4)); print_char('\n');
    int *m = find_max(v, 8);
    print_int(*m); print_int((int)(m - v)); print_char('\n');
    *find_max(v, 8) = 0;
    print_int(v[1]); print_int(*find_max(v, 8)); print_char('\n');
    int grid[3][3];
    fill_rows(grid, 3);
    print_int(trace(grid)); print_int(sum(grid[2], 3)); print_int(sum(&grid[0][0], 9));
    print_char('\n');
    return trace(grid);
}
