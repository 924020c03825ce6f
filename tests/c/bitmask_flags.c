/* Flag sets in unsigned ints: set, clear, toggle, test, iterate over set bits. */
#include "print.h"

enum { READ = 1, WRITE = 2, EXEC = 4, HIDDEN = 8, SYSTEM = 16 };

static void show(unsigned f)
{
    static const char *names[] = {"read", "write", "exec", "hidden", "system"};
    for (int i = 0; i < 5; i++)
        if (f & (1u << i)) {
            print_str(names[i]);
            print_char(' ');
        }
    print_char('\n');
}

int main(void)
{
    unsigned f = READ | WRITE;
    show(f);
    f |= EXEC;
    f &= ~WRITE;
    f ^= HIDDEN | READ;
    show(f);
    print_int((f & EXEC) != 0); print_int((f & READ) != 0); print_char('\n');
    unsigned all = 0;
    for (int b = 0; b < 5; b++)
        all |= 1u << b;
    print_uint(all); print_char(' '); print_uint(all & ~f); print_char('\n');
    int bits = 0;
    for (unsigned x = all; x; x &= x - 1)
        bits++;
    print_int(bits); print_char('\n');
    return f;
}
