/* predef.c - gcc's predefined macros beyond main.c's core list (character types, float
 * characteristics, integer limits, widths and constant macros, byte-order names), with
 * the QPU's values: 32-bit char/short/int/long, 64-bit long long, and float, double
 * and long double all IEEE binary32. Code written against gcc (its test suite, libraries
 * that test __FLT_EVAL_METHOD__ or __UINT32_MAX__) finds them as it would there. */
#include "qcc.h"

static const char *const predefs[] = {
    "-D__CHAR16_TYPE__=unsigned int", "-D__CHAR32_TYPE__=unsigned int",
    "-D__SIG_ATOMIC_TYPE__=int",
    /* symbol names are C names (asm labels: `asm(STR(__USER_LABEL_PREFIX__) "f")`) */
    "-D__USER_LABEL_PREFIX__=", "-D__REGISTER_PREFIX__=",
    /* float characteristics, the one list <float.h> reads; double and long double are
     * binary32 like float, but keep their own types */
    "-D__FLT_MANT_DIG__=24", "-D__DBL_MANT_DIG__=24", "-D__LDBL_MANT_DIG__=24",
    "-D__FLT_MAX__=3.40282347e+38F", "-D__DBL_MAX__=((double)3.40282347e+38)",
    "-D__LDBL_MAX__=((long double)3.40282347e+38)",
    "-D__FLT_MIN__=1.17549435e-38F", "-D__DBL_MIN__=((double)1.17549435e-38)",
    "-D__LDBL_MIN__=((long double)1.17549435e-38)",
    "-D__FLT_EPSILON__=1.19209290e-07F", "-D__DBL_EPSILON__=((double)1.19209290e-07)",
    "-D__FLT_MAX_EXP__=128", "-D__DBL_MAX_EXP__=128", "-D__FLT_MIN_EXP__=(-125)",
    "-D__DBL_MIN_EXP__=(-125)",
    "-D__FLT_EVAL_METHOD__=0", "-D__FLT_EVAL_METHOD_TS_18661_3__=0", "-D__FLT_RADIX__=2",
    "-D__DECIMAL_DIG__=9",
    "-D__FLT_DIG__=6", "-D__DBL_DIG__=6", "-D__LDBL_DIG__=6",
    "-D__FLT_DECIMAL_DIG__=9", "-D__DBL_DECIMAL_DIG__=9", "-D__LDBL_DECIMAL_DIG__=9",
    "-D__FLT_MIN_10_EXP__=(-37)", "-D__DBL_MIN_10_EXP__=(-37)",
    "-D__LDBL_MIN_10_EXP__=(-37)", "-D__FLT_MAX_10_EXP__=38", "-D__DBL_MAX_10_EXP__=38",
    "-D__LDBL_MAX_10_EXP__=38", "-D__LDBL_MAX_EXP__=128", "-D__LDBL_MIN_EXP__=(-125)",
    "-D__LDBL_EPSILON__=((long double)1.19209290e-07)",
    "-D__FLT_DENORM_MIN__=1.40129846e-45F",
    "-D__DBL_DENORM_MIN__=((double)1.40129846e-45)",
    "-D__LDBL_DENORM_MIN__=((long double)1.40129846e-45)",
    "-D__FLT_NORM_MAX__=3.40282347e+38F", "-D__DBL_NORM_MAX__=((double)3.40282347e+38)",
    "-D__LDBL_NORM_MAX__=((long double)3.40282347e+38)",
    "-D__FLT_HAS_DENORM__=1", "-D__DBL_HAS_DENORM__=1", "-D__LDBL_HAS_DENORM__=1",
    "-D__FLT_HAS_INFINITY__=1", "-D__DBL_HAS_INFINITY__=1", "-D__LDBL_HAS_INFINITY__=1",
    "-D__FLT_HAS_QUIET_NAN__=1", "-D__DBL_HAS_QUIET_NAN__=1",
    "-D__LDBL_HAS_QUIET_NAN__=1",
    /* _Float32 (C23, TS 18661-3): binary32 again, with F32 constants */
    "-D__FLT32_MANT_DIG__=24", "-D__FLT32_DIG__=6", "-D__FLT32_MIN_EXP__=(-125)",
    "-D__FLT32_MIN_10_EXP__=(-37)", "-D__FLT32_MAX_EXP__=128", "-D__FLT32_MAX_10_EXP__=38",
    "-D__FLT32_DECIMAL_DIG__=9", "-D__FLT32_MAX__=3.40282347e+38F32",
    "-D__FLT32_NORM_MAX__=3.40282347e+38F32", "-D__FLT32_MIN__=1.17549435e-38F32",
    "-D__FLT32_EPSILON__=1.19209290e-07F32", "-D__FLT32_DENORM_MIN__=1.40129846e-45F32",
    "-D__FLT32_HAS_DENORM__=1", "-D__FLT32_HAS_INFINITY__=1", "-D__FLT32_HAS_QUIET_NAN__=1",
    "-D__FLT32_IS_IEC_60559__=2",
    /* integer limits of the <stdint.h> types (no exact 8- or 16-bit types) */
    "-D__INT32_MAX__=2147483647", "-D__UINT32_MAX__=4294967295U",
    "-D__INT64_MAX__=9223372036854775807LL", "-D__UINT64_MAX__=18446744073709551615ULL",
    "-D__INT_LEAST8_MAX__=2147483647", "-D__UINT_LEAST8_MAX__=4294967295U",
    "-D__INT_LEAST16_MAX__=2147483647", "-D__UINT_LEAST16_MAX__=4294967295U",
    "-D__INT_LEAST32_MAX__=2147483647", "-D__UINT_LEAST32_MAX__=4294967295U",
    "-D__INT_LEAST64_MAX__=9223372036854775807LL",
    "-D__UINT_LEAST64_MAX__=18446744073709551615ULL",
    "-D__INT_FAST8_MAX__=2147483647", "-D__UINT_FAST8_MAX__=4294967295U",
    "-D__INT_FAST16_MAX__=2147483647", "-D__UINT_FAST16_MAX__=4294967295U",
    "-D__INT_FAST32_MAX__=2147483647", "-D__UINT_FAST32_MAX__=4294967295U",
    "-D__INT_FAST64_MAX__=9223372036854775807LL",
    "-D__UINT_FAST64_MAX__=18446744073709551615ULL",
    "-D__UINTMAX_MAX__=18446744073709551615ULL", "-D__UINTPTR_MAX__=4294967295UL",
    "-D__WCHAR_MIN__=(-__WCHAR_MAX__ - 1)", "-D__WINT_MAX__=2147483647",
    "-D__WINT_MIN__=(-__WINT_MAX__ - 1)", "-D__SIG_ATOMIC_MAX__=2147483647",
    "-D__SIG_ATOMIC_MIN__=(-__SIG_ATOMIC_MAX__ - 1)",
    /* widths in bits */
    "-D__SCHAR_WIDTH__=32", "-D__SHRT_WIDTH__=32", "-D__INT_WIDTH__=32",
    "-D__LONG_WIDTH__=32", "-D__LONG_LONG_WIDTH__=64", "-D__PTRDIFF_WIDTH__=32",
    "-D__SIZE_WIDTH__=32", "-D__WCHAR_WIDTH__=32", "-D__WINT_WIDTH__=32",
    "-D__INTMAX_WIDTH__=64", "-D__INTPTR_WIDTH__=32", "-D__SIG_ATOMIC_WIDTH__=32",
    /* integer constant macros */
    "-D__INT8_C(c)=c", "-D__UINT8_C(c)=c ## U", "-D__INT16_C(c)=c",
    "-D__UINT16_C(c)=c ## U", "-D__INT32_C(c)=c", "-D__UINT32_C(c)=c ## U",
    "-D__INT64_C(c)=c ## LL", "-D__UINT64_C(c)=c ## ULL", "-D__INTMAX_C(c)=c ## LL",
    "-D__UINTMAX_C(c)=c ## ULL",
    /* the names of byte orders (no __BYTE_ORDER__: a word holds one char here) */
    "-D__ORDER_LITTLE_ENDIAN__=1234", "-D__ORDER_BIG_ENDIAN__=4321",
    "-D__ORDER_PDP_ENDIAN__=3412",
    /* memory orders of the __atomic_ builtins (sema_atomic.c), and their lock-freedom:
     * one and two words (long long) are done with interrupts masked */
    "-D__ATOMIC_RELAXED=0", "-D__ATOMIC_CONSUME=1", "-D__ATOMIC_ACQUIRE=2",
    "-D__ATOMIC_RELEASE=3", "-D__ATOMIC_ACQ_REL=4", "-D__ATOMIC_SEQ_CST=5",
    "-D__GCC_ATOMIC_BOOL_LOCK_FREE=2", "-D__GCC_ATOMIC_CHAR_LOCK_FREE=2",
    "-D__GCC_ATOMIC_SHORT_LOCK_FREE=2", "-D__GCC_ATOMIC_INT_LOCK_FREE=2",
    "-D__GCC_ATOMIC_LONG_LOCK_FREE=2", "-D__GCC_ATOMIC_LLONG_LOCK_FREE=2",
    "-D__GCC_ATOMIC_POINTER_LOCK_FREE=2", "-D__GCC_ATOMIC_TEST_AND_SET_TRUEVAL=1",
};

const char *const *qcc_gcc_predefs(size_t *n)
{
    *n = sizeof predefs / sizeof predefs[0];
    return predefs;
}
