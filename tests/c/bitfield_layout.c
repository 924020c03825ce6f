/* Bit-field layout in 32-bit words (QPU-only: see .expect): fields share a word while
 * they fit, a zero-width field or an ordinary member starts a new word, unions. */
#include "print.h"

struct a { unsigned x : 16, y : 16; };
struct b { unsigned x : 16, y : 17; };
struct c { unsigned x : 3; unsigned : 0; unsigned y : 3; };
struct d { int n; unsigned f : 1; int m; unsigned g : 31, h : 1; };
union u { unsigned bits : 5; int whole; };

int main(void)
{
    print_int(sizeof(struct a)); print_int(sizeof(struct b)); print_int(sizeof(struct c));
    print_int(sizeof(struct d)); print_int(sizeof(union u)); print_char('\n');
    struct a v = {0xABCD, 0x1234};
    print_hex(*(unsigned *)&v); print_char('\n');
    union u w;
    w.whole = 0x7F;
    print_int(w.bits); print_char('\n');
    return sizeof(struct d);
}
