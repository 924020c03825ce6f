/* N-queens by backtracking with arrays of flags; counts solutions for N = 1..8. */
#include "print.h"

static int cols[16], diag1[32], diag2[32], n, solutions;

static void place(int row)
{
    if (row == n) {
        solutions++;
        return;
    }
    for (int c = 0; c < n; c++) {
        if (cols[c] || diag1[row + c] || diag2[row - c + n])
            continue;
        cols[c] = diag1[row + c] = diag2[row - c + n] = 1;
        place(row + 1);
        cols[c] = diag1[row + c] = diag2[row - c + n] = 0;
    }
}

int main(void)
{
    for (n = 1; n <= 8; n++) {
        solutions = 0;
        place(0);
        print_int(solutions);
        print_char(n < 8 ? ',' : '\n');
    }
    return solutions % 256;
}
