/* Integer arithmetic, precedence and assignment operators. */
#include "print.h"

static void show(const char *what, int v)
{
    print_str(what);
    print_str(" = ");
    print_int(v);
    print_char('\n');
}

int main(void)
{
    int a = 17, b = 5, c = -23;
    show("a+b", a + b);
    show("a-b", a - b);
    show("a*b", a * b);
    show("a/b", a / b);
    show("a%b", a % b);
    show("c/b", c / b);
    show("c%b", c % b);
    show("a<<3", a << 3);
    show("c>>2", c >> 2);
    show("a&b", a & b);
    show("a|b", a | b);
    show("a^b", a ^ b);
    show("~a", ~a);
    show("-c", -c);
    show("!a", !a);
    show("a+b*c", a + b * c);
    show("(a+b)*c", (a + b) * c);
    int x = 10;
    x += 5; show("x+=5", x);
    x -= 3; show("x-=3", x);
    x *= 4; show("x*=4", x);
    x /= 3; show("x/=3", x);
    x %= 7; show("x%=7", x);
    x <<= 4; show("x<<=4", x);
    x >>= 1; show("x>>=1", x);
    x |= 0x101; show("x|=", x);
    x &= 0xF0F; show("x&=", x);
    x ^= 0xFF; show("x^=", x);
    return a + b;
}
