/* Global and static variables, initializers, arrays of globals. */
#include "print.h"

int counter;
int table[5] = {1, 2, 3};
int scalar = 42;
const char *greeting = "hello";
static int hidden = -7;
int *ptr_to_scalar = &scalar;
int *ptr_into_table = &table[2];
char message[] = "world";

static int next_id(void)
{
    static int id = 100;
    return id++;
}

int main(void)
{
    counter += 5;
    print_int(counter); print_char('\n');
    for (int i = 0; i < 5; i++)
        print_int(table[i]);
    print_char('\n');
    print_int(scalar); print_int(hidden); print_char('\n');
    print_str(greeting); print_char(' '); print_str(message); print_char('\n');
    print_int(*ptr_to_scalar); print_int(*ptr_into_table); print_char('\n');
    print_int(next_id()); print_int(next_id()); print_int(next_id()); print_char('\n');
    print_int(sizeof message); print_char('\n');
    return counter;
}
