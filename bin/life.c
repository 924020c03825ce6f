/* life - Conway's Game of Life on the display (docs/gfx.md).
 *
 *   life [generations]
 *
 * A field of 4x4-pixel cells on a torus, seeded from a fixed pseudo-random sequence
 * plus a glider gun, one generation per frame. Young cells are bright, old ones fade
 * to blue. Keys: space reseeds, escape or q quits; `generations` ends it when given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <qpu/gfx.h>

#ifndef DEMO_FRAMES
#define DEMO_FRAMES 0   /* frames before stopping when no argument says (0: no limit) */
#endif

#define CELL 4
#define MAX_COLS 256
#define MAX_ROWS 256

static unsigned char grid[2][MAX_ROWS][MAX_COLS];  /* age of the cell, 0 = dead */
static int cols, rows, cur;
static unsigned seed = 12345;

static unsigned next_random(void)
{
    seed = seed * 1103515245u + 12345u;
    return seed >> 16;
}

/* Gosper's glider gun, as rows of '#' cells. */
static const char *const gun[] = {
    "........................#...........",
    "......................#.#...........",
    "............##......##............##",
    "...........#...#....##............##",
    "##........#.....#...##..............",
    "##........#...#.##....#.#...........",
    "..........#.....#.......#...........",
    "...........#...#....................",
    "............##......................",
};

static void seed_field(void)
{
    memset(grid, 0, sizeof grid);
    cur = 0;
    for (int y = 0; y < rows; y++)
        for (int x = 0; x < cols; x++)
            grid[0][y][x] = next_random() % 4 == 0 && y > 14;
    for (int y = 0; y < 9; y++)
        for (int x = 0; gun[y][x]; x++)
            grid[0][y + 2][x + 2] = gun[y][x] == '#';
}

static int alive(int y, int x)
{
    return grid[cur][(y + rows) % rows][(x + cols) % cols] != 0;
}

static void step(void)
{
    int next = cur ^ 1;
    for (int y = 0; y < rows; y++)
        for (int x = 0; x < cols; x++) {
            int n = alive(y - 1, x - 1) + alive(y - 1, x) + alive(y - 1, x + 1) +
                    alive(y, x - 1) + alive(y, x + 1) +
                    alive(y + 1, x - 1) + alive(y + 1, x) + alive(y + 1, x + 1);
            int age = grid[cur][y][x];
            if (age)
                grid[next][y][x] = n == 2 || n == 3 ? (age < 255 ? age + 1 : 255) : 0;
            else
                grid[next][y][x] = n == 3;
        }
    cur = next;
}

static unsigned age_color(int age)
{
    int t = age > 32 ? 32 : age;
    return GFX_RGB(255 - t * 7, 255 - t * 5, 255);
}

static void draw(int generation)
{
    char label[40];
    gfx_clear(GFX_RGB(8, 8, 24));
    for (int y = 0; y < rows; y++)
        for (int x = 0; x < cols; x++)
            if (grid[cur][y][x])
                gfx_fill_rect(x * CELL, y * CELL, CELL - 1, CELL - 1, age_color(grid[cur][y][x]));
    snprintf(label, sizeof label, "life: generation %d", generation);
    gfx_text(4, gfx_height() - 10, label, GFX_YELLOW, GFX_BLACK);
}

int main(int argc, char **argv)
{
    int limit = argc > 1 ? atoi(argv[1]) : DEMO_FRAMES;
    if (gfx_open() < 0) {
        perror("life: cannot open the display");
        return 1;
    }
    cols = gfx_width() / CELL < MAX_COLS ? gfx_width() / CELL : MAX_COLS;
    rows = gfx_height() / CELL < MAX_ROWS ? gfx_height() / CELL : MAX_ROWS;
    seed_field();
    for (int gen = 0; limit == 0 || gen < limit; gen++) {
        draw(gen);
        gfx_present();
        if (gfx_key(GFX_KEY_ESCAPE) || gfx_key('q'))
            break;
        if (gfx_key(GFX_KEY_SPACE))
            seed_field();
        step();
        gfx_sleep(20);
    }
    gfx_close();
    return 0;
}
