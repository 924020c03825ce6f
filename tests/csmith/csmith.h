/* csmith.h - the runtime that Csmith's generated programs include ("csmith.h"), written
 * for this project's differential test (tests/csmith/). The same header serves the
 * oracle (the host gcc, 64-bit: see csmith_diff.py) and qcc-lite on the QPU, where
 * CHAR_BIT is 32: every 8- and 16-bit type of the generated programs is mapped to a
 * 32-bit one for both compilers, so both run the same (undefined-behaviour-free)
 * program. The safe_* operations return their first operand where the C operation
 * would be undefined, as Csmith expects; the checksum is the usual CRC-32 of each
 * global's value, 8 bytes at a time, low byte first.
 */
#ifndef TESTS_CSMITH_H
#define TESTS_CSMITH_H

int printf(const char *fmt, ...);
int strcmp(const char *a, const char *b);

typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef int32_t int8_t;   /* 8- and 16-bit types: 32 bits on both sides */
typedef int32_t int16_t;
typedef uint32_t uint8_t;
typedef uint32_t uint16_t;

#define INT8_MIN INT32_MIN
#define INT8_MAX INT32_MAX
#define UINT8_MAX UINT32_MAX
#define INT16_MIN INT32_MIN
#define INT16_MAX INT32_MAX
#define UINT16_MAX UINT32_MAX
#define INT32_MIN (-2147483647 - 1)
#define INT32_MAX 2147483647
#define UINT32_MAX 4294967295U
#define INT64_MIN (-9223372036854775807LL - 1)
#define INT64_MAX 9223372036854775807LL
#define UINT64_MAX 18446744073709551615ULL

#ifndef NULL
#define NULL ((void *)0)
#endif

/* ---- signed operations: the first operand where the result would overflow ---- */
#define CSMITH_SIGNED(T, MIN, MAX, BITS)                                                 \
    static T safe_unary_minus_func_##T##_s(T a) { return a == MIN ? a : -a; }           \
    static T safe_add_func_##T##_s_s(T a, T b)                                           \
    {                                                                                    \
        return (b > 0 && a > MAX - b) || (b < 0 && a < MIN - b) ? a : a + b;             \
    }                                                                                    \
    static T safe_sub_func_##T##_s_s(T a, T b)                                           \
    {                                                                                    \
        return (b < 0 && a > MAX + b) || (b > 0 && a < MIN + b) ? a : a - b;             \
    }                                                                                    \
    static T safe_mul_func_##T##_s_s(T a, T b)                                           \
    {                                                                                    \
        if (a == 0 || b == 0)                                                            \
            return a * b;                                                                \
        if ((a == -1 && b == MIN) || (b == -1 && a == MIN))                              \
            return a;                                                                    \
        if (a > 0 ? (b > 0 ? a > MAX / b : b < MIN / a)                                  \
                  : (b > 0 ? a < MIN / b : a != 0 && b < MAX / a))                       \
            return a;                                                                    \
        return a * b;                                                                    \
    }                                                                                    \
    static T safe_div_func_##T##_s_s(T a, T b)                                           \
    {                                                                                    \
        return b == 0 || (a == MIN && b == -1) ? a : a / b;                              \
    }                                                                                    \
    static T safe_mod_func_##T##_s_s(T a, T b)                                           \
    {                                                                                    \
        return b == 0 || (a == MIN && b == -1) ? a : a % b;                              \
    }                                                                                    \
    static T safe_lshift_func_##T##_s_s(T a, int b)                                      \
    {                                                                                    \
        return a < 0 || b < 0 || b >= BITS || a > (MAX >> b) ? a : a << b;              \
    }                                                                                    \
    static T safe_lshift_func_##T##_s_u(T a, unsigned b)                                 \
    {                                                                                    \
        return a < 0 || b >= BITS || a > (MAX >> b) ? a : a << b;                        \
    }                                                                                    \
    static T safe_rshift_func_##T##_s_s(T a, int b)                                      \
    {                                                                                    \
        return a < 0 || b < 0 || b >= BITS ? a : a >> b;                                 \
    }                                                                                    \
    static T safe_rshift_func_##T##_s_u(T a, unsigned b)                                 \
    {                                                                                    \
        return a < 0 || b >= BITS ? a : a >> b;                                          \
    }

/* ---- unsigned operations wrap; shifts by too much and division by 0 give a ---- */
#define CSMITH_UNSIGNED(T, BITS)                                                         \
    static T safe_unary_minus_func_##T##_u(T a) { return -a; }                          \
    static T safe_add_func_##T##_u_u(T a, T b) { return a + b; }                       \
    static T safe_sub_func_##T##_u_u(T a, T b) { return a - b; }                       \
    static T safe_mul_func_##T##_u_u(T a, T b) { return a * b; }                       \
    static T safe_div_func_##T##_u_u(T a, T b) { return b == 0 ? a : a / b; }         \
    static T safe_mod_func_##T##_u_u(T a, T b) { return b == 0 ? a : a % b; }         \
    static T safe_lshift_func_##T##_u_s(T a, int b)                                      \
    {                                                                                    \
        return b < 0 || b >= BITS ? a : a << b;                                          \
    }                                                                                    \
    static T safe_lshift_func_##T##_u_u(T a, unsigned b) { return b >= BITS ? a : a << b; } \
    static T safe_rshift_func_##T##_u_s(T a, int b)                                      \
    {                                                                                    \
        return b < 0 || b >= BITS ? a : a >> b;                                          \
    }                                                                                    \
    static T safe_rshift_func_##T##_u_u(T a, unsigned b) { return b >= BITS ? a : a >> b; }

CSMITH_SIGNED(int8_t, INT8_MIN, INT8_MAX, 32)
CSMITH_SIGNED(int16_t, INT16_MIN, INT16_MAX, 32)
CSMITH_SIGNED(int32_t, INT32_MIN, INT32_MAX, 32)
CSMITH_SIGNED(int64_t, INT64_MIN, INT64_MAX, 64)
CSMITH_UNSIGNED(uint8_t, 32)
CSMITH_UNSIGNED(uint16_t, 32)
CSMITH_UNSIGNED(uint32_t, 32)
CSMITH_UNSIGNED(uint64_t, 64)

/* ---- floating point (programs generated with --float) ---- */
static float safe_add_func_float_f_f(float a, float b) { return a + b; }
static float safe_sub_func_float_f_f(float a, float b) { return a - b; }
static float safe_mul_func_float_f_f(float a, float b) { return a * b; }
static float safe_div_func_float_f_f(float a, float b) { return b == 0 ? a : a / b; }
static float safe_unary_minus_func_float_f(float a) { return -a; }

/* ---- the checksum: CRC-32 (reflected polynomial 0xEDB88320) ---- */
static uint32_t crc32_tab[256];
static uint32_t crc32_context = 0xFFFFFFFFU;

static void crc32_gentab(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? (c >> 1) ^ 0xEDB88320U : c >> 1;
        crc32_tab[i] = c;
    }
}

static void crc32_byte(uint32_t b)
{
    crc32_context = (crc32_context >> 8) ^ crc32_tab[(crc32_context ^ b) & 0xFF];
}

static void crc32_8bytes(uint64_t val)
{
    for (int i = 0; i < 8; i++)
        crc32_byte((uint32_t)(val >> (8 * i)) & 0xFF);
}

static void transparent_crc(uint64_t val, char *vname, int flag)
{
    crc32_8bytes(val);
    if (flag)
        printf("...checksum after hashing %s : %X\n", vname, crc32_context ^ 0xFFFFFFFFU);
}

/* the bytes of an object: its 32-bit words, whatever the size of a byte */
static void transparent_crc_bytes(char *ptr, int nbytes, char *vname, int flag)
{
    const uint32_t *w = (const uint32_t *)(void *)ptr;
    int words = nbytes / (int)sizeof(uint32_t);
    for (int i = 0; i < words; i++)
        crc32_8bytes(w[i]);
    if (flag)
        printf("...checksum after hashing %s : %X\n", vname, crc32_context ^ 0xFFFFFFFFU);
}

static void platform_main_begin(void)
{
}

static void platform_main_end(uint32_t crc, int flag)
{
    (void)flag;
    printf("checksum = %X\n", crc);
}

#endif
