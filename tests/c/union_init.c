/* Union initialization (first member, designated member), unions in arrays and structs. */
#include "print.h"

union value { int i; float f; const char *s; };
struct cell { int kind; union value v; };

int main(void)
{
    union value a = {42};
    union value b = {.s = "text"};
    struct cell cells[] = {{0, {7}}, {2, {.s = "hi"}}, {1, .v.f = 2.5f}};
    print_int(a.i); print_char(' '); print_str(b.s); print_char('\n');
    for (int i = 0; i < 3; i++) {
        switch (cells[i].kind) {
        case 0: print_int(cells[i].v.i); break;
        case 1: print_int((int)(cells[i].v.f * 2)); break;
        case 2: print_str(cells[i].v.s); break;
        }
        print_char(' ');
    }
    print_char('\n');
    union { int arr[3]; int first; } u = {{4, 5, 6}};
    print_int(u.first); print_int(u.arr[2]); print_char('\n');
    return a.i;
}
