/* Sorting an array of structs by several keys with struct assignment swaps. */
#include "print.h"

struct emp { int dept; int salary; char name[8]; };

static int less(const struct emp *a, const struct emp *b)
{
    if (a->dept != b->dept) return a->dept < b->dept;
    return a->salary > b->salary;
}

int main(void)
{
    struct emp e[] = {{2, 500, "ada"}, {1, 300, "bob"}, {2, 700, "cy"}, {1, 900, "di"},
                      {3, 100, "ed"}, {1, 300, "flo"}};
    int n = sizeof e / sizeof e[0];
    for (int i = 0; i < n; i++)
        for (int j = 0; j + 1 < n - i; j++)
            if (less(&e[j + 1], &e[j])) {
                struct emp t = e[j];
                e[j] = e[j + 1];
                e[j + 1] = t;
            }
    for (int i = 0; i < n; i++) {
        print_int(e[i].dept); print_char(' '); print_int(e[i].salary); print_char(' ');
        print_str(e[i].name); print_char('\n');
    }
    return e[0].salary / 10;
}
