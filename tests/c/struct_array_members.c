/* Structs containing arrays of structs and arrays of arrays; whole-struct copies keep
 * them independent. */
#include "print.h"

struct cell { int v; char tag; };
struct board { struct cell cells[3][3]; int moves; };

static int winner(const struct board *b)
{
    for (int i = 0; i < 3; i++) {
        if (b->cells[i][0].v && b->cells[i][0].v == b->cells[i][1].v &&
            b->cells[i][1].v == b->cells[i][2].v)
            return b->cells[i][0].v;
        if (b->cells[0][i].v && b->cells[0][i].v == b->cells[1][i].v &&
            b->cells[1][i].v == b->cells[2][i].v)
            return b->cells[0][i].v;
    }
    if (b->cells[1][1].v &&
        ((b->cells[0][0].v == b->cells[1][1].v && b->cells[1][1].v == b->cells[2][2].v) ||
         (b->cells[0][2].v == b->cells[1][1].v && b->cells[1][1].v == b->cells[2][0].v)))
        return b->cells[1][1].v;
    return 0;
}

int main(void)
{
    struct board b = {0};
    int moves[][3] = {{0, 0, 1}, {1, 1, 2}, {0, 1, 1}, {2, 2, 2}, {0, 2, 1}};
    struct board snapshot;
    for (int i = 0; i < 5; i++) {
        b.cells[moves[i][0]][moves[i][1]].v = moves[i][2];
        b.cells[moves[i][0]][moves[i][1]].tag = moves[i][2] == 1 ? 'X' : 'O';
        b.moves++;
        if (i == 2)
            snapshot = b;
    }
    for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++)
            print_char(b.cells[r][c].tag ? b.cells[r][c].tag : '.');
        print_char('\n');
    }
    print_int(winner(&b)); print_int(winner(&snapshot)); print_int(snapshot.moves);
    print_char('\n');
    return b.moves;
}
