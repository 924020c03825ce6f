/* ++ and -- on locals, globals, array elements, struct members, pointers, floats. */
#include "print.h"

int g = 10;
struct s { int n; int *p; };

int main(void)
{
    int i = 5;
    print_int(i++); print_int(i); print_int(++i); print_int(i--); print_int(--i);
    print_char('\n');
    print_int(g++); print_int(++g); print_int(g--); print_int(g); print_char('\n');
    int a[4] = {1, 2, 3, 4};
    int k = 1;
    a[k++]++;
    ++a[k];
    print_int(a[0]); print_int(a[1]); print_int(a[2]); print_int(a[3]); print_int(k);
    print_char('\n');
    int *p = a;
    print_int(*p++); print_int(*p); print_int(*++p); print_int((*p)++); print_int(*p);
    print_char('\n');
    struct s st = {7, a};
    st.n--;
    st.p++;
    print_int(st.n); print_int(*st.p); print_char('\n');
    struct s *ps = &st;
    ps->n++;
    ++ps->n;
    (*ps->p)--;
    print_int(st.n); print_int(a[1]); print_char('\n');
    float f = 1.5f;
    f++;
    ++f;
    f--;
    print_int((int)(f * 10)); print_char('\n');
    char c = 'a';
    c++;
    print_char(c); print_char('\n');
    unsigned u = 0;
    u--;
    print_uint(u); print_char('\n');
    return i;
}
