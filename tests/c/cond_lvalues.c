/* Pointer selection with ?: as an lvalue target, nested conditionals with side effects. */
#include "print.h"

int main(void)
{
    int a = 1, b = 2, k = 0;
    *(k ? &a : &b) = 20;
    *(!k ? &a : &b) += 10;
    print_int(a); print_int(b); print_char('\n');
    int n = 0;
    int r = n++ ? n++ : n++ ? 100 : 200;
    print_int(r); print_int(n); print_char('\n');
    const char *msg = a > b ? "a" : a < b ? "b" : "=";
    print_str(msg); print_char('\n');
    return r == 100;
}
