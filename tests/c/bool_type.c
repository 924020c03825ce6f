/* _Bool and <stdbool.h>: conversions, logic, arrays of bool, bool in structs. */
#include <stdbool.h>
#include "print.h"

struct flags { bool ready; bool done; int count; };

static bool is_even(int n) { return n % 2 == 0; }

int main(void)
{
    bool t = true, f = false;
    print_int(t); print_int(f); print_int(t + t); print_int(!t); print_char('\n');
    bool b = 256;
    print_int(b); b = 0.5f; print_int(b); b = (bool)0; print_int(b); print_char('\n');
    bool arr[5];
    for (int i = 0; i < 5; i++)
        arr[i] = is_even(i);
    for (int i = 0; i < 5; i++)
        print_int(arr[i]);
    print_char('\n');
    struct flags fl = {true, false, 3};
    fl.done = fl.count > 2;
    print_int(fl.ready && fl.done); print_char('\n');
    int n = 0;
    for (bool go = true; go; go = n < 4)
        n++;
    print_int(n); print_char('\n');
    bool x = t;
    x++;
    print_int(x); print_char('\n');
    return t == 1 && f == 0;
}
