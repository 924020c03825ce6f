/* ASSERT-style probes built on statement expressions (as in chibicc-like suites). */
#include "print.h"
#define ASSERT(x, y) assert_eq(x, y, #y)
static void assert_eq(int want, int got, const char *code) { if (want != got) { print_str(code); print_char('!'); } print_int(got); }
typedef int MyInt, MyInt2[4];
int g3 = 3;
static int counter(void) { static int i; static int j = 1 + 1; return i++ + j++; }
int main(void)
{
    ASSERT(1, ({ int x[2][3]; int *y = (int *)x; *(y + 1) = 1; *(*x + 1); }));
    ASSERT(3, ({ struct {int a; int b;} x = {1, 2}, y = x; y.a + x.b; }));
    ASSERT(3, ({ int x = 3; (&x)[0]; }));
    ASSERT(5, ({ int i = 0; switch (0) { case 0: i = 5; break; } i; }));
    ASSERT(5, ({ int x = 5; x ?: 3; }));
    ASSERT(4, ({ MyInt2 x; (int)(sizeof x / sizeof x[0]); }));
    ASSERT(2, counter()); ASSERT(4, counter());
    ASSERT(1, ({ _Bool b = 2; b; }));
    ASSERT(0, ({ _Bool b = 0.0; b; }));
    ASSERT(3, g3);
    ASSERT(2, ({ int x = 1; int *p = &x; ++*p; }));
    ASSERT(6, ({ int a[] = {1, 2, 3}; int s = 0; for (int *p = a; p < a + 3; p++) s += *p; s; }));
    ASSERT(10, ({ int i = 0; do i++; while (i < 10); i; }));
    ASSERT(1, ({ char *p = "abc"; p[2] == 'c'; }));
    ASSERT(0, ({ int x = 0; x++ && x++; x - 1; }));
    ASSERT(3, ({ struct t { int a; } x; struct t *p = &x; p->a = 3; x.a; }));
    ASSERT(8, ({ union { int a; char b[4]; } u; u.a = 8; u.a; }));
    ASSERT(2, ({ enum { zero, one, two }; two; }));
    ASSERT(1, ({ typedef struct { int a; } S; S s = {1}; s.a; }));
    ASSERT(15, ({ int x = 0; for (int i = 0; i < 6; i++) { if (i == 3) continue; x += i; } x + 3; }));
    ASSERT(1, ({ int x = 5; long y = (long)&x; *(int *)y == 5; }));
    ASSERT(3, ({ int (*fp)(int, int); fp = 0; fp ? 1 : 3; }));
    print_char('\n');
    return 0;
}
