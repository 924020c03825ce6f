/* Labels in nested blocks, goto into an enclosing block, empty labelled statements,
 * labels with the same names in different functions. */
#include "print.h"

static int f(int n)
{
    int r = 0;
    if (n > 0)
        goto positive;
    r = -1;
    goto end;
positive:
    {
        r = 1;
        if (n > 10)
            goto end;
        r = 2;
    }
end:
    ;
    return r;
}

static int g(void)
{
    int r = 0;
    goto end;
end:
    r += 10;
    return r;
}

int main(void)
{
    print_int(f(-5)); print_int(f(5)); print_int(f(50)); print_int(g()); print_char('\n');
    int i = 0;
    {
    top:
        i++;
        {
            if (i < 3)
                goto top;
        }
    }
    print_int(i); print_char('\n');
    return i;
}
