/* gcc's predefined character-type, float-characteristic, integer-limit, width and
 * constant macros (qcc-lite/predef.c) and the C11 float.h additions, with the QPU's
 * values (.expect: they depend on the word size). Each is checked against what the
 * program can observe itself, so a wrong value fails and not only a missing one. */
#include <float.h>
#include <limits.h>
#include "print.h"

typedef __CHAR16_TYPE__ c16;
typedef __CHAR32_TYPE__ c32;

static void check(const char *what, int ok)
{
    print_str(what);
    print_str(ok ? " ok\n" : " WRONG\n");
}

static int bits_of_uint(unsigned v)
{
    int n = 0;
    for (; v; v >>= 1)
        n++;
    return n;
}

int main(void)
{
    c16 a = u'\x1234';
    c32 b = U'\x10FFFF';
    check("char16", a == 0x1234 && (c16)-1 > 0 && sizeof(c16) == sizeof(u'x'));
    check("char32", b == 0x10FFFF && (c32)-1 > 0 && sizeof(c32) == sizeof(U'x'));
    check("eval-method", __FLT_EVAL_METHOD__ == FLT_EVAL_METHOD && __FLT_RADIX__ == FLT_RADIX);
    check("dig", __FLT_DIG__ == FLT_DIG && __DBL_DIG__ == DBL_DIG &&
                     __DBL_DECIMAL_DIG__ == DBL_DECIMAL_DIG);
    float tiny = __FLT_DENORM_MIN__;
    check("denorm-min", tiny > 0 && tiny / 2 == 0 && tiny == FLT_TRUE_MIN &&
                            DBL_TRUE_MIN == __DBL_DENORM_MIN__ &&
                            LDBL_TRUE_MIN == __LDBL_DENORM_MIN__);
    check("subnorm", FLT_HAS_SUBNORM == 1 && DBL_HAS_SUBNORM == 1 && __FLT_HAS_DENORM__);
    check("norm-max", __FLT_NORM_MAX__ == FLT_MAX && __DBL_NORM_MAX__ == DBL_MAX);
    check("float-types", _Generic(FLT_MAX, float: 1, default: 0) &&
                             _Generic(DBL_MAX, double: 1, default: 0) &&
                             _Generic(LDBL_EPSILON, long double: 1, default: 0) &&
                             _Generic(DBL_MIN, double: 1, default: 0));
    check("float-values", FLT_MAX == DBL_MAX && DBL_MAX == LDBL_MAX && 1.0f + FLT_EPSILON > 1.0f &&
                              1.0f + FLT_EPSILON / 2 == 1.0f && FLT_MIN / 2 > 0 &&
                              FLT_MANT_DIG == 24 && DBL_MAX_EXP == FLT_MAX_EXP);
    check("uint32-max", __UINT32_MAX__ == 0xFFFFFFFFu && __UINT32_MAX__ + 1 == 0);
    check("int32-max", __INT32_MAX__ == INT_MAX && __UINT_LEAST16_MAX__ == UINT_MAX);
    check("int64-max", __INT64_MAX__ == LLONG_MAX && __UINT64_MAX__ == ULLONG_MAX &&
                           __UINTMAX_MAX__ == ULLONG_MAX);
    check("widths", __INT_WIDTH__ == bits_of_uint(UINT_MAX) &&
                        __SCHAR_WIDTH__ == CHAR_BIT && __LONG_LONG_WIDTH__ == 64 &&
                        __SIZE_WIDTH__ == bits_of_uint(__SIZE_MAX__));
    check("wchar-min", __WCHAR_MIN__ == INT_MIN && __WINT_MIN__ == INT_MIN);
    check("constants", sizeof(__UINT64_C(1)) == sizeof(unsigned long long) &&
                           __UINT32_C(0) - 1 > 0 && __INT64_C(1) << 40 == 0x10000000000LL);
    check("orders", __ORDER_LITTLE_ENDIAN__ == 1234 && __ORDER_BIG_ENDIAN__ == 4321);
    print_flush();
    return 0;
}
