/* The host preprocessor: macros with arguments, stringizing, token pasting, #if
 * arithmetic, predefined macros of qcc-lite vs. gcc, include guards, __LINE__. */
#include "print.h"
#include "print.h"

#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define COUNT 3
#if COUNT * 2 > 5
#define BIG 1
#else
#define BIG 0
#endif

int CAT(var, 1) = 11;

int main(void)
{
    print_int(SQUARE(3 + 1)); print_int(MAX(7, SQUARE(2))); print_char('\n');
    print_str(STR(hello world)); print_char(' '); print_str(XSTR(COUNT)); print_char('\n');
    print_int(var1); print_int(BIG); print_char('\n');
    print_int(__LINE__); print_char('\n');
#ifdef __qcc_lite__
    print_str("compiler known\n");
#elif defined(__GNUC__)
    print_str("compiler known\n");
#endif
#if defined(__QPU__) && __CHAR_BIT__ != 32
    print_str("impossible\n");
#endif
    return SQUARE(COUNT);
}
