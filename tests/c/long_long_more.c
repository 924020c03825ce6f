/* long long in structs, arrays and pointers, compound assignment through lvalues,
 * more than eight argument words, variadic long long, 64-bit hashing, division. */
#include "print.h"
struct s { int a; long long v; long long arr[3]; };
long long sum(long long *p, int n) { long long s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }
static long long many(int a, int b, int c, int d, int e, int f, int g, long long h, long long i) { return a+b+c+d+e+f+g+h*i; }
#include <stdarg.h>
static long long vsum(int n, ...) { va_list ap; va_start(ap, n); long long s = 0; while (n--) s += va_arg(ap, long long); va_end(ap); return s; }
int main(void) {
    struct s x = {1, 1LL << 35, {1, 2, 3}};
    x.v <<= 3;
    x.v += x.arr[2];
    x.arr[1] *= -x.v;
    print_ll(x.v); print_char(' '); print_ll(x.arr[1]); print_char('\n');
    print_ll(sum(x.arr, 3)); print_char('\n');
    print_ll(many(1,2,3,4,5,6,7, 100000000000LL, 3)); print_char('\n');
    print_ll(vsum(3, 1LL, -5000000000LL, 7LL)); print_char('\n');
    long long arr[4] = {5, 6};
    long long *p = arr;
    *p++ += 10;
    print_ll(arr[0]); print_ll(*p); print_ll(arr[3]); print_char('\n');
    unsigned long long h = 14695981039346656037ULL;
    for (const char *s = "hash me"; *s; s++) { h ^= (unsigned)*s; h *= 1099511628211ULL; }
    print_ull(h); print_char('\n');
    long long m = 1;
    for (int i = 0; i < 62; i++) m = m * 2 + (i & 1);
    print_ll(m); print_char(' '); print_ll(m / 1000000007LL); print_char(' '); print_ll(m % -1000000007LL); print_char('\n');
    int i = 5; long long big = i; big = big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big;
    print_ll(big); print_char('\n');
    return 0;
}
