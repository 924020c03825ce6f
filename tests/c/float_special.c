/* Special float values: infinities, NaN (compared, never printed by bits), signed
 * zero, overflow and underflow. */
#include "print.h"

static unsigned bits(float f) { union { float f; unsigned u; } v = {f}; return v.u; }

int main(void)
{
    float zero = 0.0f, one = 1.0f;
    float inf = one / zero, ninf = -one / zero;
    float nan = zero / zero;
    print_hex(bits(inf)); print_char(' '); print_hex(bits(ninf)); print_char('\n');
    print_int(nan == nan); print_int(nan != nan); print_int(nan < one); print_int(nan > one);
    print_int(inf > 1e38f); print_char('\n');
    float nz = -zero;
    print_hex(bits(nz)); print_int(nz == zero); print_char('\n');
    float big = 3e38f;
    print_hex(bits(big * 10.0f)); print_char(' ');
    float tiny = 1e-38f;
    print_hex(bits(tiny / 1e10f)); print_char('\n');
    print_int(inf == inf + 1.0f); print_char('\n');
    return nan != nan;
}
