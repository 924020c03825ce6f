/* codegen_siblings.c - reproducers of code-generator bugs and their siblings: shifts
 * by a long long count, ++/-- and op= on bit-fields, long long to float rounding,
 * deep left operands of comparisons, arguments of calls nested in calls. */
#include "print.h"

struct bits { int lo : 3; int a : 7; unsigned b : 5; unsigned c : 20; };

static int id(int v) { return v; }
static long long idll(long long v) { return v; }

int main(void)
{
    int y = 5;
    long long c = 3;
    y <<= c;
    print_int(y); print_char(' ');
    y >>= c + 1;
    print_int(y); print_char(' ');
    unsigned u = 0x80000000u;
    u >>= (unsigned long long)31;
    print_uint(u); print_char('\n');

    struct bits s = {1, 62, 30, 5};
    s.a++; print_int(s.a); print_char(' ');
    s.a++; print_int(s.a); print_char(' ');
    ++s.b; ++s.b; print_uint(s.b); print_char(' ');
    s.b--; print_uint(s.b); print_char(' ');
    s.b += 1000000000000LL; print_uint(s.b); print_char(' ');
    s.a -= -70LL; print_int(s.a); print_char(' ');
    s.c *= 3ULL; print_uint(s.c); print_char(' ');
    print_int(s.lo); print_char('\n');

    long long big[] = {-6, 16777217, 4294967297LL, -9007199791611905LL, 0x7FFFFFFFFFFFFFFFLL};
    for (int i = 0; i < 5; i++) {
        float f = (float)big[i];
        print_hex(*(unsigned *)&f); print_char(' ');
    }
    unsigned long long ub[] = {0xFFFFFFFFFFFFFFFFULL, 0x8000008000000001ULL, 0x8000008000000000ULL};
    for (int i = 0; i < 3; i++) {
        float f = (float)ub[i];
        print_hex(*(unsigned *)&f); print_char(' ');
    }
    print_char('\n');

    int a1 = 7;
    print_int(id(a1 + id(a1 * id(a1 - id(id(id(3)) + id(4))))) <= id(id(8)));
    print_int(idll(idll(c) * idll(idll(c) + 1)) + (long long)id(2));
    print_char('\n');
    return 0;
}
