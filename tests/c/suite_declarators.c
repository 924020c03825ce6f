/* Suite-style probes: complex declarators, K&R definitions, anonymous unions, enums,
 * compound literals, string escapes, goto, bit-fields, narrow types. */
#include "print.h"
typedef int (*fn_t)(int);
static int twice(int x) { return 2 * x; }
static int (*pick(int k))(int) { return k ? twice : 0; }
int (*(*getpick(void))(int))(int) { return pick; }
struct S { int a; char b[3]; union { int u; float f; }; } gs = { 1, "ab", { .u = 7 } };
static int arr3[3];
int (*parr)[3] = &arr3;
enum E { A = -2, B, C = 10, D };
int kr(a, b) int a; char *b; { return a + b[0]; }
struct node { int v; struct node *next; };
int main()
{
    fn_t f = getpick()(1);
    print_int(f(21));
    print_int(gs.a + gs.b[1] + gs.u);
    (*parr)[2] = 5; print_int(arr3[2]);
    print_int(A + B + C + D);
    print_int(kr(1, "A"));
    struct node n3 = {3, 0}, n2 = {2, &n3}, n1 = {1, &n2};
    int s = 0;
    for (struct node *p = &n1; p; p = p->next) s = s * 10 + p->v;
    print_int(s);
    int x = 5, y = 7;
    int r = x > y ? x : y > 6 ? 100 : 200;
    print_int(r);
    int *ip = (int []){1, 2, 3};
    print_int(ip[2]);
    print_int(sizeof(int (*)[3]) == sizeof(void *));
    char str[] = "a\tb\\\"\101\x42";
    print_str(str); print_char('\n');
    static int cnt;
    for (int i = 0, j = 10; i < j; i++, j--) cnt++;
    print_int(cnt);
    int i = 0;
loop:
    if (++i < 5) goto loop;
    print_int(i);
    switch (i) { case 5: i += 1; case 6: i += 2; break; default: i = 0; }
    print_int(i);
    struct { int a:3; unsigned b:5; } bf = { -1, 31 };
    print_int(bf.a); print_int(bf.b);
    signed char sc = -5; print_int(sc * 3);
    unsigned short us = 65535; print_int(us + 1);
    long double ld = 1.5L; print_int((int)(ld * 2));
    print_int(0x1p4 == 16.0);
    print_char('\n');
    return 0;
}
