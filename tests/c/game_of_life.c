/* Conway's game of life on a small torus: a glider and a blinker, 2-D char arrays. */
#include "print.h"

#define W 10
#define H 8

static char grid[H][W], next[H][W];

static int neighbours(int y, int x)
{
    int n = 0;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
            if (dy || dx)
                n += grid[(y + dy + H) % H][(x + dx + W) % W];
    return n;
}

static void step(void)
{
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int n = neighbours(y, x);
            next[y][x] = n == 3 || (n == 2 && grid[y][x]);
        }
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            grid[y][x] = next[y][x];
}

static void show(void)
{
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++)
            print_char(grid[y][x] ? '#' : '.');
        print_char('\n');
    }
    print_char('\n');
}

int main(void)
{
    grid[0][1] = grid[1][2] = grid[2][0] = grid[2][1] = grid[2][2] = 1;
    grid[5][6] = grid[5][7] = grid[5][8] = 1;
    show();
    for (int i = 0; i < 4; i++)
        step();
    show();
    int alive = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            alive += grid[y][x];
    return alive;
}
