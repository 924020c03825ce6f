/* Validating a Sudoku grid: rows, columns and boxes with a seen-array per unit. */
#include "print.h"

static int valid(int g[9][9])
{
    for (int u = 0; u < 9; u++) {
        int row[10] = {0}, col[10] = {0}, box[10] = {0};
        for (int k = 0; k < 9; k++) {
            int r = g[u][k], c = g[k][u];
            int b = g[(u / 3) * 3 + k / 3][(u % 3) * 3 + k % 3];
            if (row[r]++ || col[c]++ || box[b]++)
                return 0;
        }
    }
    return 1;
}

int main(void)
{
    int g[9][9];
    for (int r = 0; r < 9; r++)
        for (int c = 0; c < 9; c++)
            g[r][c] = (r * 3 + r / 3 + c) % 9 + 1;
    print_int(valid(g)); print_char('\n');
    int t = g[0][0];
    g[0][0] = g[0][1];
    g[0][1] = t;
    print_int(valid(g)); print_char('\n');
    for (int c = 0; c < 9; c++) print_int(g[4][c]);
    print_char('\n');
    return valid(g);
}
