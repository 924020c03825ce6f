/* GNU and C11 extensions: empty structs, _Thread_local, attributes, _Generic, statement
 * expressions, a ?: b, case ranges, labels as values, builtins, offsetof, _Alignas. */
#include "print.h"
#include <stddef.h>
struct empty {};
struct pt { int x, y; struct { int a[4]; } in; };
enum { OFF = __builtin_offsetof(struct pt, in.a[2]) / sizeof(int) };
_Thread_local int tls = 5;
static _Thread_local int tls2;
__attribute__((noreturn)) void die(int code);
_Noreturn static void die2(void) { for (;;) ; }
static int counter __attribute__((unused));
struct __attribute__((packed)) packed { int a; int b __attribute__((aligned(1))); };
static int add(int a, int b) __attribute__((always_inline));
static int add(int a, int b) { return a + b; }
#define TYPENAME(x) _Generic((x), int: 1, unsigned: 2, long long: 3, double: 4, char *: 5, const char *: 6, default: 0)
#define max(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
static int classify(int c)
{
    switch (c) {
    case 'a' ... 'z': return 1;
    case 'A' ... 'Z': return 2;
    case '0' ... '9': return 3;
    case 1000 ... 2000: return 5;
    default: return 4;
    }
}
static int run(const unsigned char *code)
{
    static void *ops[] = { &&op_inc, &&op_dbl, &&op_end };
    int acc = 0;
    goto *ops[*code++];
op_inc: acc++; goto *ops[*code++];
op_dbl: acc *= 2; goto *ops[*code++];
op_end: return acc;
}
int side;
static int next(void) { return ++side; }
int main(void)
{
    print_int(sizeof(struct empty)); print_int(OFF); print_int(tls + tls2);
    int i = 3; char *s = "x"; const char *cs = s; long long ll = 1; double d = 1.0; unsigned u = 1;
    print_int(TYPENAME(i)); print_int(TYPENAME(u)); print_int(TYPENAME(ll)); print_int(TYPENAME(d));
    print_int(TYPENAME(s)); print_int(TYPENAME(cs)); print_int(TYPENAME(i + 0.5f) == 0);
    print_int(max(i, 7)); print_int(max(next(), next())); print_int(side);
    int z = ({ int q = 4; q * q; });
    print_int(z);
    print_int(i ?: 9); print_int(0 ?: 9); side = 0; print_int(next() ?: 100); print_int(side);
    int *np = 0; int *fallback = &i; print_int(*(np ?: fallback));
    for (int c = 0; c < 128; c += 17) print_int(classify(c));
    print_int(classify(1500));
    unsigned char prog[] = {0, 0, 1, 0, 1, 2};
    print_int(run(prog));
    print_int(__builtin_expect(i == 3, 1)); print_int(__builtin_constant_p(3 * 4)); print_int(__builtin_constant_p(i));
    print_int(__builtin_types_compatible_p(int, const int)); print_int(__builtin_types_compatible_p(int, long long));
    print_int(offsetof(struct pt, y) / sizeof(int));
    _Alignas(int) int al = 2; int al2 = 3;
    print_int(al + al2 + add(1, 2));
    if (i == 4) __builtin_unreachable();
    print_char('\n');
    return 0;
}
