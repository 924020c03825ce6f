/* An array parameter declared `int a[const N]` is a const pointer (C11 6.7.6.3p7):
   it cannot be assigned, while its elements can. A qualified array typedef has
   qualified elements (6.7.3p9). */
typedef int pair[2];
typedef int *ptr_pair[2];
const pair origin = {0, 0};
restrict ptr_pair fine;
restrict pair not_pointers;

void move(void)
{
    origin[0] = 1;
}

int fill(int a[const 4], int n)
{
    a[0] = n;
    a = 0;
    a++;
    return a[0];
}
