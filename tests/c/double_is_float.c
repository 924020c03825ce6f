/* double is IEEE single precision on the QPU (QPU-only: see .expect). */
#include <float.h>
#include "print.h"

static unsigned bits(double d) { union { float f; unsigned u; } v; v.f = d; return v.u; }

int main(void)
{
    double third = 1.0 / 3.0;
    print_hex(bits(third)); print_char('\n');
    double big = 16777217.0;
    print_int((int)big); print_char('\n');
    print_int(DBL_DIG); print_int(FLT_MANT_DIG == DBL_MANT_DIG); print_char('\n');
    float f = 0.1f;
    double d = 0.1;
    print_int(f == d); print_char('\n');
    return sizeof(double);
}
