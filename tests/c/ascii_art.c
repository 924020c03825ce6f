/* Nested loops drawing shapes: triangle, diamond, checkerboard. */
#include "print.h"

int main(void)
{
    int n = 4;
    for (int i = 1; i <= n; i++) {
        for (int j = 0; j < n - i; j++) print_char(' ');
        for (int j = 0; j < 2 * i - 1; j++) print_char('*');
        print_char('\n');
    }
    for (int i = -2; i <= 2; i++) {
        int w = 2 - (i < 0 ? -i : i);
        for (int j = -2; j <= 2; j++)
            print_char((j < 0 ? -j : j) <= w ? '#' : ' ');
        print_char('\n');
    }
    for (int y = 0; y < 3; y++) {
        for (int x = 0; x < 8; x++)
            print_char((x + y) % 2 ? 'o' : 'x');
        print_char('\n');
    }
    return n;
}
