/* Block scopes and shadowing, static locals, typedef scoping, for-loop scopes. */
#include "print.h"

int x = 1;
typedef int T;

static int counter(void)
{
    static int n;
    return ++n;
}

int main(void)
{
    print_int(x);
    int x = 2;
    print_int(x);
    {
        int x = 3;
        print_int(x);
        {
            extern int x;
            print_int(x);
        }
        x++;
        print_int(x);
    }
    print_int(x);
    print_char('\n');
    for (int x = 10; x < 12; x++)
        print_int(x);
    print_int(x);
    print_char('\n');
    T t = 5;
    {
        typedef char T;
        T c = 'q';
        print_char(c);
    }
    print_int(t);
    print_char('\n');
    counter();
    counter();
    print_int(counter());
    print_char('\n');
    int i = 0;
    while (i < 3) {
        int i = 100;
        print_int(i);
        break;
    }
    print_int(i);
    print_char('\n');
    return x;
}
