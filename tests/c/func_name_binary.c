/* __func__ (the enclosing function's name) and GNU binary constants 0b... */
#include "print.h"

static const char *who(void) { return __func__; }

int main(void)
{
    print_str(__func__); print_char(' '); print_str(who()); print_char('\n');
    print_int(sizeof __func__ / sizeof __func__[0]); print_char('\n');
    print_int(0b1011); print_char(' '); print_uint(0b11111111u << 24); print_char('\n');
    return 0b101;
}
