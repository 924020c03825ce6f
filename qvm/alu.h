/* alu.h - the arithmetic of the QPU's instructions that is more than one C operator:
 * float bit casts, ftoi, signed division and remainder, arithmetic shift. Shared by
 * every engine so that they compute exactly the same values. */
#ifndef QVM_ALU_H
#define QVM_ALU_H

#include <math.h>
#include <stdint.h>
#include <string.h>

static inline float u2f(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static inline uint32_t f2u(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

/* A NaN result of fadd/fsub/fmul/fdiv is always the same, whatever operand order the
 * C compiler picks for the host instruction: the first NaN operand made quiet, else
 * the host's result (the default NaN of an invalid operation). */
static inline uint32_t nan_rule(uint32_t a, uint32_t b, uint32_t r)
{
    if ((r & 0x7FFFFFFFu) <= 0x7F800000u)
        return r; /* not a NaN */
    if ((a & 0x7FFFFFFFu) > 0x7F800000u)
        return a | 0x00400000u;
    if ((b & 0x7FFFFFFFu) > 0x7F800000u)
        return b | 0x00400000u;
    return r;
}

static inline uint32_t qpu_fadd(uint32_t a, uint32_t b) { return nan_rule(a, b, f2u(u2f(a) + u2f(b))); }
static inline uint32_t qpu_fsub(uint32_t a, uint32_t b) { return nan_rule(a, b, f2u(u2f(a) - u2f(b))); }
static inline uint32_t qpu_fmul(uint32_t a, uint32_t b) { return nan_rule(a, b, f2u(u2f(a) * u2f(b))); }
static inline uint32_t qpu_fdiv(uint32_t a, uint32_t b) { return nan_rule(a, b, f2u(u2f(a) / u2f(b))); }

/* ftoi: NaN and infinities give 0; otherwise the value truncated toward 0, mod 2^32
 * (|x| >= 2^55 is a multiple of 2^32, so 0 too). */
static inline uint32_t float_to_int(float f)
{
    if (isnan(f) || isinf(f) || fabsf(f) >= 0x1p62f)
        return 0;
    return (uint32_t)(uint64_t)(int64_t)f;
}

static inline uint32_t signed_div(uint32_t a, uint32_t b)
{
    if (a == 0x80000000u && b == 0xFFFFFFFFu)
        return 0x80000000u;
    return (uint32_t)((int32_t)a / (int32_t)b);
}

static inline uint32_t signed_mod(uint32_t a, uint32_t b)
{
    if (a == 0x80000000u && b == 0xFFFFFFFFu)
        return 0;
    return (uint32_t)((int32_t)a % (int32_t)b);
}

static inline uint32_t arith_shift_right(uint32_t a, uint32_t n)
{
    return a & 0x80000000u ? ~(~a >> n) : a >> n;
}

#endif
