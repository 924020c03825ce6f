/* Layout of long long bit-fields in 32-bit words (QPU-only: see .expect): one starts in
 * the open word if it fits there and in the next word, which then stays open for the
 * following fields; otherwise it starts a new word. It never spans three words. */
#include "print.h"

struct a { unsigned x : 20; unsigned long long y : 40; unsigned z : 4; };
struct b { unsigned x : 30; unsigned long long y : 40; };
struct c { unsigned long long x : 64; unsigned y : 1; };
struct d { unsigned long long x : 8; unsigned long long y : 8; int n; };
struct e { unsigned x : 32; unsigned long long y : 16; };
union u { unsigned long long wide : 40; unsigned narrow : 3; };

int main(void)
{
    print_int(sizeof(struct a)); print_int(sizeof(struct b)); print_int(sizeof(struct c));
    print_int(sizeof(struct d)); print_int(sizeof(struct e)); print_int(sizeof(union u));
    print_char('\n');
    struct a va = { 0xABCDE, 0x123456789AULL, 0xF };
    unsigned *w = (unsigned *)&va;
    print_hex(w[0]); print_char(' '); print_hex(w[1]); print_char('\n');
    struct b vb = { 1, 0xFFFFFFFFFFULL };
    w = (unsigned *)&vb;
    print_hex(w[0]); print_char(' '); print_hex(w[1]); print_char(' '); print_hex(w[2]);
    print_char('\n');
    struct d vd = { 0x12, 0x34, 7 };
    w = (unsigned *)&vd;
    print_hex(w[0]); print_char(' '); print_hex(w[1]); print_char('\n');
    return 0;
}
