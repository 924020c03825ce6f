/* Shifts: by variables and constants, of signed (arithmetic) and unsigned values,
 * shift counts at the edges, compound shifts. */
#include "print.h"

int main(void)
{
    int s = -256;
    unsigned u = 0xF0000000u;
    for (int n = 0; n < 32; n += 7) {
        print_int(s >> n); print_char(' ');
        print_uint(u >> n); print_char(' ');
        print_uint(1u << n); print_char(' ');
        print_int((1 << n) >> n); print_char('\n');
    }
    print_int(s >> 31); print_uint(u >> 31); print_uint(u << 3); print_char('\n');
    int v = 1;
    v <<= 10;
    v >>= 3;
    print_int(v); print_char(' ');
    unsigned w = 0xFFFFFFFFu;
    w >>= 16;
    w <<= 4;
    print_uint(w); print_char('\n');
    int amount = 4;
    print_int(0x12345678 >> amount); print_char(' '); print_int(-0x12345678 >> amount);
    print_char('\n');
    return (s >> 4) & 0xFF;
}
