/* Character and string literal types (U/u/L prefixes); casts of integer constants are
 * integer constant expressions (array sizes, case labels, enumerators, bit-field widths). */
#include "print.h"
typedef unsigned int char32_t;
int arr[(int)3];
enum { E1 = (int)5, E2 = (unsigned short)3 + (long)2 };
_Static_assert((int)4 == 4, "cast");
struct bf { int x : (int)3; };
int main(void)
{
    int x = 0;
    switch (x) { case (int)0: print_int(1); break; case (long)1: break; }
    print_int(sizeof arr / sizeof arr[0]); print_int(E1); print_int(E2);
    print_int(U'x' > -1); print_int(L'x' > -1); print_int('x' > -1);
    print_int(sizeof U"abc" / sizeof U"abc"[0]);
    print_int(U"ab"[1] > -1); print_int(L"ab"[1] > -1);
    print_int(L"a" "bc"[2]);
    char32_t *p = U"xyz"; print_int(p[2]);
    print_char('\n');
    return 0;
}
