/* Integer constant expressions: array sizes, case labels, enum values and static
 * initializers computed at compile time, including casts and ?: . */
#include "print.h"

#define KB (1 << 10)
enum { A = 3 * 4 + 1, B = A << 2, C = (B > 50) ? 1 : 2, D = ~0 & 0xFF, E = -7 / 2 };
static int sizes[(KB / 256) + 1];
static int folded = (10 * 10 - 1) % 7 + (unsigned)-1 / 0x1000000;
static const int masks[] = {1 << 0, 1 << 4, 1 << 8, (1 << 12) | 1};

int main(void)
{
    print_int(A); print_char(' '); print_int(B); print_char(' '); print_int(C);
    print_char(' '); print_int(D); print_char(' '); print_int(E); print_char('\n');
    print_int(sizeof sizes / sizeof sizes[0]); print_char(' '); print_int(folded); print_char('\n');
    int x = 52;
    switch (x) {
    case A * 4: print_str("case A*4\n"); break;
    case 'A' - 'A' + 1: print_str("one\n"); break;
    }
    print_int(masks[3]); print_char('\n');
    return C + D;
}
