/* Mixing long long with int, unsigned and float: usual arithmetic conversions,
 * comparisons across types, conversion back and forth, long long in conditions. */
#include "print.h"

int main(void)
{
    int i = -7;
    unsigned u = 4000000000u;
    long long ll = 3000000000LL;
    unsigned long long ull = 5;
    print_ll(i + ll); print_char(' '); print_ll(u + ll); print_char(' ');
    print_ull(i + ull); print_char(' '); print_ll(ll * i); print_char('\n');
    print_int(i < ll); print_int(u < ll); print_int(i < ull); print_int(ll > u);
    print_char('\n');
    print_ll(ll / i); print_char(' '); print_ll(ll % i); print_char(' ');
    print_ll(-ll >> 4); print_char(' '); print_ull(ull << 40); print_char('\n');
    float f = 1.5f;
    print_ll((long long)(f * ll)); print_char(' ');
    print_int((int)(ll / 1000000)); print_char('\n');
    long long zero = 0;
    if (!zero && ll)
        print_str("conditions ok\n");
    int count = 0;
    for (long long k = 1; k < 10000000000LL; k *= 10)
        count++;
    print_int(count); print_char('\n');
    long long arr[3] = {1, 2, 3};
    long long *p = arr;
    print_ll(*(p + 2) - *p); print_char('\n');
    return count;
}
