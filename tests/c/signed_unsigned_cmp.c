/* Comparisons mixing signed and unsigned operands (usual arithmetic conversions). */
#include "print.h"

int main(void)
{
    int neg = -1;
    unsigned one = 1, big = 0x80000000u;
    print_int(neg > one); print_int(neg < one); print_int(neg == 0xFFFFFFFFu); print_char('\n');
    print_int((int)big < 0); print_int(big > 0); print_int(big > 0x7FFFFFFF); print_char('\n');
    long l = -2;
    unsigned long ul = 3;
    print_int(l < ul); print_int(l < (long)ul); print_char('\n');
    int i = -5;
    print_int(i < sizeof(int)); print_char('\n');
    print_int(-1 < 0u); print_int(-1 < 0); print_int(0u - 1 > 0); print_char('\n');
    unsigned x = 5;
    int y = -10;
    print_uint(x + y); print_char(' '); print_int((int)(x + y)); print_char(' ');
    print_int(x + y > 0); print_char('\n');
    return neg < one;
}
