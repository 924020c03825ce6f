/* Static initializers with addresses: pointers into arrays and structs, arrays of
 * pointers, function pointer tables, string pointers with offsets, self references. */
#include "print.h"

struct item { const char *name; int *counter; int (*fn)(int); };

static int sq(int x) { return x * x; }
static int neg(int x) { return -x; }

int counters[3] = {10, 20, 30};
int *third = &counters[2];
int *past = counters + 3;
const char *tail = "abcdef" + 3;
struct item items[] = {
    {"square", &counters[0], sq},
    {"negate", counters + 1, neg},
};
struct item *second = &items[1];
int *counter_of_second = &counters[1];
int (*fns[])(int) = {sq, neg, 0};
struct node { int v; struct node *self; } loop = {7, &loop};
char letters[] = "xyz";
char *mid = &letters[1];
int matrix[2][3] = {{1, 2, 3}, {4, 5, 6}};
int *row1 = matrix[1];

int main(void)
{
    print_int(*third); print_int(past[-1]); print_str(tail); print_char('\n');
    for (int i = 0; i < 2; i++) {
        print_str(items[i].name); print_char(' ');
        print_int(items[i].fn(*items[i].counter)); print_char('\n');
    }
    print_str(second->name); print_int(*counter_of_second); print_char('\n');
    int n = 0;
    while (fns[n])
        n++;
    print_int(n); print_int(loop.self->self->v); print_char('\n');
    print_char(*mid); print_int(row1[2]); print_char('\n');
    return fns[0](3);
}
