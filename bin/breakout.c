/* breakout - the brick-breaking game on the display (docs/gfx.md).
 *
 *   breakout [frames]
 *
 * Left/right (or A/D) move the paddle, space serves the ball (it also serves by
 * itself after a while), escape or q quits. Bricks score 1 to 6 points, higher rows
 * more; three balls per game; clearing the wall builds a new one. The game steps once
 * per frame (about 60 a second), so a key script plays it the same way every time.
 * When the game ends (quit, last ball lost, `frames` reached) it prints
 * "breakout: score N" on standard output. */
#include <stdio.h>
#include <stdlib.h>
#include <qpu/gfx.h>

#ifndef DEMO_FRAMES
#define DEMO_FRAMES 0   /* frames before stopping when no argument says (0: no limit) */
#endif

#define BRICK_ROWS  6
#define BRICK_COLS  10
#define BRICK_H     8
#define WALL_TOP    24
#define PADDLE_W    40
#define PADDLE_H    5
#define PADDLE_STEP 4
#define BALL        4
#define FIX         16          /* ball positions in 1/16 pixel */
#define SERVE_WAIT  90          /* frames before the ball serves itself */

static int width, height, brick_w;
static int bricks[BRICK_ROWS][BRICK_COLS];
static int bricks_left;
static int paddle_x, ball_x, ball_y, ball_dx, ball_dy;
static int serving, serve_timer, score, lives, game_over;

static const unsigned row_colors[BRICK_ROWS] = {
    GFX_RGB(230, 60, 60), GFX_RGB(240, 140, 40), GFX_RGB(240, 220, 50),
    GFX_RGB(70, 200, 80), GFX_RGB(60, 140, 240), GFX_RGB(160, 90, 230),
};

static void build_wall(void)
{
    for (int r = 0; r < BRICK_ROWS; r++)
        for (int c = 0; c < BRICK_COLS; c++)
            bricks[r][c] = 1;
    bricks_left = BRICK_ROWS * BRICK_COLS;
}

static void serve(void)
{
    serving = 1;
    serve_timer = SERVE_WAIT;
}

static void new_game(void)
{
    build_wall();
    paddle_x = (width - PADDLE_W) / 2;
    score = 0;
    lives = 3;
    game_over = 0;
    serve();
}

/* The brick under pixel (x, y) is knocked out: 1, or 0 if there is none. */
static int hit_brick(int x, int y)
{
    int r = (y - WALL_TOP) / BRICK_H, c = x / brick_w;
    if (y < WALL_TOP || r >= BRICK_ROWS || c < 0 || c >= BRICK_COLS || !bricks[r][c])
        return 0;
    bricks[r][c] = 0;
    score += BRICK_ROWS - r;
    if (--bricks_left == 0)
        build_wall();
    return 1;
}

/* Any corner of the ball at (fx, fy) (fixed point) in a brick. */
static int ball_hits(int fx, int fy)
{
    int x = fx / FIX, y = fy / FIX;
    return hit_brick(x, y) | hit_brick(x + BALL - 1, y) | hit_brick(x, y + BALL - 1) |
           hit_brick(x + BALL - 1, y + BALL - 1);
}

static void bounce_off_paddle(void)
{
    int x = ball_x / FIX, y = ball_y / FIX, top = height - 16;
    if (ball_dy <= 0 || y + BALL < top || y > top + PADDLE_H || x + BALL < paddle_x ||
        x > paddle_x + PADDLE_W)
        return;
    int offset = x + BALL / 2 - (paddle_x + PADDLE_W / 2);   /* -22 .. 22 */
    ball_dy = -ball_dy;
    ball_dx = offset * 2;
    if (ball_dx == 0)
        ball_dx = 4;
}

static void move_ball(void)
{
    ball_x += ball_dx;
    if (ball_x < 0 || ball_x > (width - BALL) * FIX) {
        ball_dx = -ball_dx;
        ball_x += 2 * ball_dx;
    }
    if (ball_hits(ball_x, ball_y)) {
        ball_dx = -ball_dx;
        ball_x += ball_dx;
    }
    ball_y += ball_dy;
    if (ball_y < 12 * FIX) {
        ball_dy = -ball_dy;
        ball_y += 2 * ball_dy;
    }
    if (ball_hits(ball_x, ball_y)) {
        ball_dy = -ball_dy;
        ball_y += ball_dy;
    }
    bounce_off_paddle();
    if (ball_y > height * FIX) {
        if (--lives == 0)
            game_over = 1;
        else
            serve();
    }
}

static void update(void)
{
    if (gfx_key(GFX_KEY_LEFT) && paddle_x > 0)
        paddle_x -= PADDLE_STEP;
    if (gfx_key(GFX_KEY_RIGHT) && paddle_x < width - PADDLE_W)
        paddle_x += PADDLE_STEP;
    if (serving) {
        ball_x = (paddle_x + PADDLE_W / 2 - BALL / 2) * FIX;
        ball_y = (height - 16 - BALL) * FIX;
        if (gfx_key(GFX_KEY_SPACE) || --serve_timer == 0) {
            serving = 0;
            ball_dx = 24;
            ball_dy = -40;
        }
        return;
    }
    move_ball();
}

static void draw(void)
{
    char hud[48];
    gfx_clear(GFX_RGB(10, 10, 30));
    for (int r = 0; r < BRICK_ROWS; r++)
        for (int c = 0; c < BRICK_COLS; c++)
            if (bricks[r][c])
                gfx_fill_rect(c * brick_w + 1, WALL_TOP + r * BRICK_H + 1, brick_w - 2,
                              BRICK_H - 2, row_colors[r]);
    gfx_fill_rect(paddle_x, height - 16, PADDLE_W, PADDLE_H, GFX_WHITE);
    gfx_fill_rect(ball_x / FIX, ball_y / FIX, BALL, BALL, GFX_YELLOW);
    snprintf(hud, sizeof hud, "SCORE %d", score);
    gfx_text(4, 2, hud, GFX_WHITE, GFX_NONE);
    snprintf(hud, sizeof hud, "BALLS %d", lives);
    gfx_text(width - gfx_text_width(hud, 1) - 4, 2, hud, GFX_WHITE, GFX_NONE);
    if (serving)
        gfx_text((width - gfx_text_width("SPACE TO SERVE", 1)) / 2, height / 2,
                 "SPACE TO SERVE", GFX_GREY, GFX_NONE);
    if (game_over)
        gfx_text_scaled((width - gfx_text_width("GAME OVER", 2)) / 2, height / 2 - 8,
                        "GAME OVER", 2, GFX_RED, GFX_NONE);
}

int main(int argc, char **argv)
{
    int frames = argc > 1 ? atoi(argv[1]) : DEMO_FRAMES;
    if (gfx_open() < 0) {
        perror("breakout: cannot open the display");
        return 1;
    }
    width = gfx_width();
    height = gfx_height();
    brick_w = width / BRICK_COLS;
    new_game();
    for (int n = 0; (frames == 0 || n < frames) && !game_over; n++) {
        update();
        draw();
        gfx_present();
        if (gfx_key(GFX_KEY_ESCAPE) || gfx_key('q'))
            break;
        gfx_sleep(16);
    }
    if (game_over) {
        draw();
        gfx_present();
    }
    printf("breakout: score %d\n", score);
    gfx_close();
    return 0;
}
