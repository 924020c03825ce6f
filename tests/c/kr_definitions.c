/* Old-style (K&R) function definitions: parameter declarations between the
 * declarator and the body, undeclared parameters defaulting to int. */
#include "print.h"

int add();
char *skip();

int add(a, b)
    int a, b;
{
    return a + b;
}

char *skip(s, n)
    char *s;
{
    return s + n;
}

static int weighted(x, w, scale)
    int x;
    int w[];
    float scale;
{
    return (int)((x * w[0] + w[1]) * scale);
}

int main(void)
{
    int w[2] = {3, 4};
    print_int(add(20, 22)); print_char('\n');
    print_str(skip("hello world", 6)); print_char('\n');
    print_int(weighted(5, w, 2.0f)); print_char('\n');
    return add(1, 2);
}
