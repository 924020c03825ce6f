/* The comma operator: sequencing, in conditions, in for headers, in function arguments
 * (parenthesized), value and type of the last operand. */
#include "print.h"

static int trace[10], tn;
static int mark(int v) { trace[tn++] = v; return v; }
static int second(int a, int b) { return b - a; }

int main(void)
{
    int x = (mark(1), mark(2), mark(3));
    print_int(x); print_char('\n');
    int i, j;
    for (i = 0, j = 5; mark(i), i < j; i++, j--)
        ;
    print_int(i); print_int(j); print_char('\n');
    print_int(second((mark(7), 10), 15)); print_char('\n');
    if ((x = 0, x + 4))
        print_str("comma in if\n");
    for (int k = 0; k < tn; k++)
        print_int(trace[k]);
    print_char('\n');
    return tn;
}
