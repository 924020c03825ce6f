/* Walking arrays of structs with pointers, pointer to member arrays, end pointers. */
#include "print.h"

struct s { int key; int data[2]; };

int main(void)
{
    struct s arr[6];
    for (struct s *p = arr; p < arr + 6; p++) {
        p->key = (int)(p - arr) * 3;
        p->data[0] = p->key + 1;
        p->data[1] = p->key + 2;
    }
    int total = 0;
    struct s *end = &arr[6];
    for (struct s *p = end - 1; p >= arr; p--)
        total += p->key + p->data[1];
    print_int(total); print_char('\n');
    int *d = arr[2].data;
    print_int(d[0]); print_int(d[1]); print_int(d[2]); print_char('\n');
    struct s *mid = arr + 3;
    print_int(mid[-1].key); print_int((mid + 2)->data[0]); print_char('\n');
    return (int)(end - mid);
}
