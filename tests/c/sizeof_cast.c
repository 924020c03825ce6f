/* sizeof (word-size dependent: see .expect) and casts between integer, pointer and
 * floating types. */
#include "print.h"

struct s { int a; char b; int c[3]; };
union u { int a; struct s s; };

int main(void)
{
    print_int(sizeof(char)); print_int(sizeof(int)); print_int(sizeof(long));
    print_int(sizeof(void *)); print_int(sizeof(float)); print_int(sizeof(double));
    print_char('\n');
    print_int(sizeof(struct s)); print_int(sizeof(union u)); print_int(sizeof(int[7]));
    print_char('\n');
    int arr[12];
    print_int(sizeof arr); print_int(sizeof arr[0]); print_int(sizeof(arr) / sizeof(*arr));
    print_char('\n');
    print_int((int)3.99f); print_int((int)-3.99f); print_int((char)65); print_char('\n');
    int x = 70000;
    print_int((short)x); print_int((unsigned char)x); print_char('\n');
    int *p = (int *)100;
    print_int((int)(p + 3)); print_char('\n');
    print_int((int)(long)&arr[3] - (int)(long)&arr[0]); print_char('\n');
    void *v = arr;
    int *q = (int *)v;
    q[2] = 9;
    print_int(arr[2]); print_char('\n');
    print_int(sizeof(x++)); print_int(x); print_char('\n');
    return sizeof(struct s);
}
