/* float.h - characteristics of floating types: float, double, long double and _Float32
 * are all IEEE 754 binary32 (single precision) on the QPU. The values are qcc-lite's predefined
 * __FLT_*__, __DBL_*__ and __LDBL_*__ macros (qcc-lite/predef.c), so each constant has
 * its own type (DBL_MAX is a double) and is written down once. */
#ifndef _FLOAT_H
#define _FLOAT_H
#define FLT_RADIX __FLT_RADIX__
#define FLT_ROUNDS 1
#define FLT_EVAL_METHOD __FLT_EVAL_METHOD__
#define DECIMAL_DIG __DECIMAL_DIG__

#define FLT_MANT_DIG __FLT_MANT_DIG__
#define FLT_DECIMAL_DIG __FLT_DECIMAL_DIG__
#define FLT_DIG __FLT_DIG__
#define FLT_MIN_EXP __FLT_MIN_EXP__
#define FLT_MIN_10_EXP __FLT_MIN_10_EXP__
#define FLT_MAX_EXP __FLT_MAX_EXP__
#define FLT_MAX_10_EXP __FLT_MAX_10_EXP__
#define FLT_MAX __FLT_MAX__
#define FLT_EPSILON __FLT_EPSILON__
#define FLT_MIN __FLT_MIN__
#define FLT_TRUE_MIN __FLT_DENORM_MIN__
#define FLT_HAS_SUBNORM __FLT_HAS_DENORM__

#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_DECIMAL_DIG __DBL_DECIMAL_DIG__
#define DBL_DIG __DBL_DIG__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define DBL_MIN_10_EXP __DBL_MIN_10_EXP__
#define DBL_MAX_EXP __DBL_MAX_EXP__
#define DBL_MAX_10_EXP __DBL_MAX_10_EXP__
#define DBL_MAX __DBL_MAX__
#define DBL_EPSILON __DBL_EPSILON__
#define DBL_MIN __DBL_MIN__
#define DBL_TRUE_MIN __DBL_DENORM_MIN__
#define DBL_HAS_SUBNORM __DBL_HAS_DENORM__

#define LDBL_MANT_DIG __LDBL_MANT_DIG__
#define LDBL_DECIMAL_DIG __LDBL_DECIMAL_DIG__
#define LDBL_DIG __LDBL_DIG__
#define LDBL_MIN_EXP __LDBL_MIN_EXP__
#define LDBL_MIN_10_EXP __LDBL_MIN_10_EXP__
#define LDBL_MAX_EXP __LDBL_MAX_EXP__
#define LDBL_MAX_10_EXP __LDBL_MAX_10_EXP__
#define LDBL_MAX __LDBL_MAX__
#define LDBL_EPSILON __LDBL_EPSILON__
#define LDBL_MIN __LDBL_MIN__
#define LDBL_TRUE_MIN __LDBL_DENORM_MIN__
#define LDBL_HAS_SUBNORM __LDBL_HAS_DENORM__

/* _Float32 (TS 18661-3, C23 Annex H): on request, or in C2x */
#if defined __STDC_WANT_IEC_60559_TYPES_EXT__ || \
    (defined __STDC_VERSION__ && __STDC_VERSION__ > 201710L)
#define FLT32_MANT_DIG __FLT32_MANT_DIG__
#define FLT32_DECIMAL_DIG __FLT32_DECIMAL_DIG__
#define FLT32_DIG __FLT32_DIG__
#define FLT32_MIN_EXP __FLT32_MIN_EXP__
#define FLT32_MIN_10_EXP __FLT32_MIN_10_EXP__
#define FLT32_MAX_EXP __FLT32_MAX_EXP__
#define FLT32_MAX_10_EXP __FLT32_MAX_10_EXP__
#define FLT32_MAX __FLT32_MAX__
#define FLT32_EPSILON __FLT32_EPSILON__
#define FLT32_MIN __FLT32_MIN__
#define FLT32_TRUE_MIN __FLT32_DENORM_MIN__
#endif
#endif
