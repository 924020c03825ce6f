/* stdint.h - integer types for qcc-lite. CHAR_BIT is 32: every integer type up to
 * long is one 32-bit word, so there are no exact 8- or 16-bit types (int8_t, int16_t
 * and their unsigned forms are absent, as C allows); 64-bit types, and
 * intmax_t/uintmax_t, are long long. */
#ifndef _STDINT_H
#define _STDINT_H
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef long long int_least64_t;
typedef unsigned long long uint_least64_t;
typedef long long int_fast64_t;
typedef unsigned long long uint_fast64_t;
typedef int int_least8_t;
typedef int int_least16_t;
typedef int int_least32_t;
typedef unsigned int uint_least8_t;
typedef unsigned int uint_least16_t;
typedef unsigned int uint_least32_t;
typedef int int_fast8_t;
typedef int int_fast16_t;
typedef int int_fast32_t;
typedef unsigned int uint_fast8_t;
typedef unsigned int uint_fast16_t;
typedef unsigned int uint_fast32_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef long long intmax_t; /* the widest types */
typedef unsigned long long uintmax_t;

#define INT32_MIN (-2147483647 - 1)
#define INT32_MAX 2147483647
#define UINT32_MAX 4294967295U
#define INT64_MIN (-9223372036854775807LL - 1)
#define INT64_MAX 9223372036854775807LL
#define UINT64_MAX 18446744073709551615ULL
#define INT_LEAST64_MIN INT64_MIN
#define INT_LEAST64_MAX INT64_MAX
#define UINT_LEAST64_MAX UINT64_MAX
#define INT_FAST64_MIN INT64_MIN
#define INT_FAST64_MAX INT64_MAX
#define UINT_FAST64_MAX UINT64_MAX
#define INT64_C(c) c##LL
#define UINT64_C(c) c##ULL
#define INT_LEAST8_MIN INT32_MIN
#define INT_LEAST8_MAX INT32_MAX
#define UINT_LEAST8_MAX UINT32_MAX
#define INT_LEAST16_MIN INT32_MIN
#define INT_LEAST16_MAX INT32_MAX
#define UINT_LEAST16_MAX UINT32_MAX
#define INT_LEAST32_MIN INT32_MIN
#define INT_LEAST32_MAX INT32_MAX
#define UINT_LEAST32_MAX UINT32_MAX
#define INT_FAST8_MIN INT32_MIN
#define INT_FAST8_MAX INT32_MAX
#define UINT_FAST8_MAX UINT32_MAX
#define INT_FAST16_MIN INT32_MIN
#define INT_FAST16_MAX INT32_MAX
#define UINT_FAST16_MAX UINT32_MAX
#define INT_FAST32_MIN INT32_MIN
#define INT_FAST32_MAX INT32_MAX
#define UINT_FAST32_MAX UINT32_MAX
#define INTPTR_MIN INT32_MIN
#define INTPTR_MAX INT32_MAX
#define UINTPTR_MAX UINT32_MAX
#define INTMAX_MIN INT64_MIN
#define INTMAX_MAX INT64_MAX
#define UINTMAX_MAX UINT64_MAX
#define PTRDIFF_MIN INT32_MIN
#define PTRDIFF_MAX INT32_MAX
#define SIZE_MAX UINT32_MAX
#define INT32_C(c) c
#define UINT32_C(c) c##U
#define INTMAX_C(c) c##LL
#define UINTMAX_C(c) c##ULL
#endif
