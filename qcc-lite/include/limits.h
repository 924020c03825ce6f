/* limits.h - sizes of integer types: everything up to long is one 32-bit word
 * (CHAR_BIT == 32), long long is two; plain char is signed. */
#ifndef _LIMITS_H
#define _LIMITS_H
#define CHAR_BIT 32
#define SCHAR_MIN (-2147483647 - 1)
#define SCHAR_MAX 2147483647
#define UCHAR_MAX 4294967295U
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#define MB_LEN_MAX 1
#define SHRT_MIN (-2147483647 - 1)
#define SHRT_MAX 2147483647
#define USHRT_MAX 4294967295U
#define INT_MIN (-2147483647 - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MIN (-2147483647L - 1)
#define LONG_MAX 2147483647L
#define ULONG_MAX 4294967295UL
#define LLONG_MIN (-9223372036854775807LL - 1)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL
#endif
