/* cpu.c - instruction semantics helpers and the two instantiations of the instruction
 * loop in cpu_loop.inc: the fast one (no hooks) and the debug one. */
#include "vm.h"

#include <math.h>
#include <string.h>

#include "isa.h"
#include "platform.h"

#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

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

#ifndef CPU_THREADED
#ifdef __GNUC__
#define CPU_THREADED 1 /* computed goto */
#else
#define CPU_THREADED 0
#endif
#endif

#define CPU_FN cpu_run_fast
#define CPU_DEBUG 0
#include "cpu_loop.inc"
#undef CPU_FN
#undef CPU_DEBUG

#define CPU_FN cpu_run_debug
#define CPU_DEBUG 1
#include "cpu_loop.inc"
#undef CPU_FN
#undef CPU_DEBUG
