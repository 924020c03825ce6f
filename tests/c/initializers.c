/* Initializers: nested, designated, partial (rest zero), strings, brace elision,
 * arrays of unknown size, local and static. */
#include "print.h"

struct point { int x, y; };
struct line { struct point a, b; int width; };

struct line gl = {{1, 2}, {3, 4}, 5};
struct line gl2 = {.b = {.y = 9}, .width = 7};
int garr[] = {5, 6, 7, [6] = 1, 2};
int grid[3][4] = {{1, 2, 3, 4}, {5, 6}, [2][3] = 9};
int elided[2][2] = {1, 2, 3};
char name[10] = "abc";
struct point pts[] = {{1, 1}, {2, 4}, [4] = {5, 25}};
const char *words[] = {"zero", "one", "two"};

static void show_line(struct line *l)
{
    print_int(l->a.x); print_int(l->a.y); print_int(l->b.x); print_int(l->b.y);
    print_int(l->width); print_char('\n');
}

int main(void)
{
    show_line(&gl);
    show_line(&gl2);
    print_int(sizeof garr / sizeof garr[0]); print_char(':');
    for (int i = 0; i < 8; i++)
        print_int(garr[i]);
    print_char('\n');
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            print_int(grid[i][j]);
    print_char('\n');
    print_int(elided[0][0]); print_int(elided[0][1]); print_int(elided[1][0]);
    print_int(elided[1][1]); print_char('\n');
    print_str(name); print_int(name[3]); print_int(name[9]); print_char('\n');
    print_int(sizeof pts / sizeof pts[0]); print_int(pts[1].y); print_int(pts[3].x);
    print_int(pts[4].y); print_char('\n');
    print_str(words[2]); print_char('\n');

    struct line l = {{10, 20}, .width = 3};
    show_line(&l);
    int local[6] = {1, [3] = 4, 5};
    for (int i = 0; i < 6; i++)
        print_int(local[i]);
    print_char('\n');
    char s[] = "hi there";
    print_int(sizeof s); print_str(s); print_char('\n');
    int m[2][3] = {1, 2, 3, 4};
    print_int(m[1][0]); print_int(m[1][2]); print_char('\n');
    struct point p = {.y = 5};
    print_int(p.x); print_int(p.y); print_char('\n');
    static int st[3] = {7};
    print_int(st[0] + st[1] + st[2]); print_char('\n');
    int scalar = {42};
    print_int(scalar); print_char('\n');
    struct line copy = l;
    copy.a.x = 0;
    print_int(l.a.x); print_int(copy.a.x); print_char('\n');
    return garr[7];
}
