/* Three-dimensional arrays, indexing with expressions, passing slices, sizes. */
#include "print.h"

static int sum2(int m[][4], int rows)
{
    int s = 0;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < 4; j++)
            s += m[i][j];
    return s;
}

int main(void)
{
    int cube[3][3][4];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 4; k++)
                cube[i][j][k] = i * 100 + j * 10 + k;
    print_int(cube[2][1][3]); print_int(cube[1][2][0]); print_char('\n');
    print_int(sum2(cube[1], 3)); print_char(' '); print_int(sum2(cube[0], 1)); print_char('\n');
    int (*plane)[4] = cube[2];
    print_int(plane[2][2]); print_char('\n');
    int *flat = &cube[0][0][0];
    print_int(flat[4 * 3 + 5]); print_char('\n');
    print_int(sizeof cube / sizeof cube[0]); print_int(sizeof cube[0] / sizeof cube[0][0]);
    print_int(sizeof cube[0][0] / sizeof cube[0][0][0]); print_char('\n');
    static const int id[2][2][2] = {{{1, 0}, {0, 1}}, {{2, 0}, {0, 2}}};
    print_int(id[1][1][1] + id[0][0][0]); print_char('\n');
    return cube[1][1][1];
}
