/* Warnsdorff's heuristic knight's tour on a 6x6 board (2-D arrays, move tables). */
#include "print.h"

#define N 6
static int board[N][N];
static const int dx[8] = {2, 1, -1, -2, -2, -1, 1, 2};
static const int dy[8] = {1, 2, 2, 1, -1, -2, -2, -1};

static int ok(int x, int y) { return x >= 0 && y >= 0 && x < N && y < N && !board[y][x]; }

static int degree(int x, int y)
{
    int d = 0;
    for (int k = 0; k < 8; k++)
        d += ok(x + dx[k], y + dy[k]);
    return d;
}

int main(void)
{
    int x = 0, y = 0;
    board[0][0] = 1;
    int step;
    for (step = 2; step <= N * N; step++) {
        int best = -1, best_deg = 9;
        for (int k = 0; k < 8; k++) {
            int nx = x + dx[k], ny = y + dy[k];
            if (ok(nx, ny) && degree(nx, ny) < best_deg) {
                best = k;
                best_deg = degree(nx, ny);
            }
        }
        if (best < 0)
            break;
        x += dx[best];
        y += dy[best];
        board[y][x] = step;
    }
    for (int r = 0; r < N; r++) {
        for (int c = 0; c < N; c++) {
            if (board[r][c] < 10) print_char(' ');
            print_int(board[r][c]);
            print_char(' ');
        }
        print_char('\n');
    }
    return step - 1;
}
