/* Functions declared without prototypes, called before their definitions, and
 * prototypes with (void); implicit int promotion of char arguments. */
#include "print.h"

int later();
int count(void);

int main(void)
{
    print_int(later(3, 4)); print_char('\n');
    print_int(count()); print_int(count()); print_char('\n');
    char c = 'A';
    print_int(later(c, 1)); print_char('\n');
    return later(10, 20);
}

int later(int a, int b) { return a * 10 + b; }

int count(void)
{
    static int n;
    return ++n;
}
