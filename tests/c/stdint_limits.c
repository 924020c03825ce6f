/* <stdint.h> and <limits.h> values that agree with the host's 32/64-bit types. */
#include <limits.h>
#include <stdint.h>
#include "print.h"

int main(void)
{
    print_int(INT_MAX); print_char(' '); print_int(INT_MIN); print_char(' ');
    print_uint(UINT_MAX); print_char('\n');
    print_ll(LLONG_MAX); print_char(' '); print_ll(LLONG_MIN); print_char(' ');
    print_ull(ULLONG_MAX); print_char('\n');
    int32_t a = INT32_MIN;
    uint32_t b = UINT32_MAX;
    int64_t c = INT64_MAX;
    uint64_t d = UINT64_MAX;
    print_int(a); print_char(' '); print_uint(b); print_char(' ');
    print_ll(c); print_char(' '); print_ull(d); print_char('\n');
    print_int(INT_MAX + INT_MIN); print_char(' '); print_uint(UINT_MAX / 2 + 1); print_char('\n');
    print_ll(INT64_C(1) << 62); print_char(' '); print_ull(UINT64_C(1) << 63); print_char('\n');
    intmax_t m = INTMAX_MIN;
    uintmax_t um = UINTMAX_MAX;
    print_ll(INTMAX_MAX); print_char(' '); print_ll(m); print_char(' ');
    print_ull(um); print_char(' ');
    print_int(sizeof(intmax_t) == sizeof(long long)); print_char(' ');
    print_int(sizeof(uintmax_t) == sizeof(unsigned long long)); print_char(' ');
    print_ull(UINTMAX_C(1) << 40); print_char(' '); print_ll(INTMAX_C(-1) << 35); print_char('\n');
    return a == INT32_MIN;
}
