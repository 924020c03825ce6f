/* The QPU's word model (QPU-only: see .expect): 32-bit chars, sizeof of every scalar is
 * 1 except long long, unsigned char promoting to unsigned int, char arithmetic that
 * would wrap on an 8-bit host. */
#include <limits.h>
#include "print.h"

int main(void)
{
    print_int(CHAR_BIT); print_char(' ');
    print_int(sizeof(char) + sizeof(short) + sizeof(int) + sizeof(long) + sizeof(void *));
    print_char(' '); print_int(sizeof(long long)); print_char(' ');
    print_int(sizeof(float) + sizeof(double)); print_char('\n');
    unsigned char uc = 300;
    char c = 1000;
    short s = 100000;
    print_int(uc); print_char(' '); print_int(c); print_char(' '); print_int(s); print_char('\n');
    unsigned char small = 1;
    print_int(small - 2 > 0); print_char('\n');   /* unsigned char promotes to unsigned */
    print_uint(UCHAR_MAX); print_char(' '); print_int(SCHAR_MIN); print_char('\n');
    char text[] = "ab";
    print_int(sizeof text); print_char('\n');
    struct { char a; int b; char c; } st;
    print_int(sizeof st); print_char('\n');
    return sizeof(long long) + sizeof(int);
}
