/* gcc's floating-point builtins (__builtin_isinf, isnan, isfinite, isnormal,
 * isinf_sign, fpclassify, the f and l spellings, inf, huge_val, nan, and the quiet
 * comparisons isgreater ... isunordered), __builtin_classify_type, and the overflow
 * builtins with `long long` operands or results (checked over a table of edge values
 * by a hash). Checked against the host gcc. */
#include <limits.h>
#include <stdio.h>

static void show(const char *label, int v)
{
    printf("%s %d\n", label, v);
}

static float inf_f = __builtin_inff();
static double nan_d = __builtin_nan("");
static long double huge_l = __builtin_huge_vall();

static int calls;
static float counted(float x)
{
    calls++;
    return x;
}

static void classification(void)
{
    volatile float big = 3e38f, zero = 0.0f, one = 1.0f, tiny = 1e-40f;
    float inf = big * 10.0f, nan = inf - inf;
    show("isinff inf", __builtin_isinff(inf) != 0);
    show("isinf -inf", __builtin_isinf(-inf) != 0);
    show("isinfl one", __builtin_isinfl(one) != 0);
    show("isnan nan", __builtin_isnan(nan) != 0);
    show("isnanf one", __builtin_isnanf(one) != 0);
    show("isfinite one", __builtin_isfinite(one) != 0);
    show("isfinite inf", __builtin_isfinite(inf) != 0);
    show("finitef nan", __builtin_finitef(nan) != 0);
    show("isnormal one", __builtin_isnormal(one) != 0);
    show("isnormal tiny", __builtin_isnormal(tiny) != 0);
    show("isnormal zero", __builtin_isnormal(zero) != 0);
    show("isinf_sign -inf", __builtin_isinf_sign(-inf));
    show("isinf_sign inf", __builtin_isinf_sign(inf));
    show("isinf_sign one", __builtin_isinf_sign(one));
    float cases[5] = {nan, inf, one, tiny, zero};
    for (int i = 0; i < 5; i++)
        show("fpclassify", __builtin_fpclassify(10, 11, 12, 13, 14, cases[i]));
    calls = 0;
    show("isinf_sign once", __builtin_isinf_sign(counted(-inf)) + 10 * calls);
    show("constants", __builtin_isinf(inf_f) + 2 * __builtin_isnan(nan_d) +
                          4 * (__builtin_isinf(huge_l) != 0) +
                          8 * __builtin_isnan(__builtin_nanf("")) +
                          16 * (__builtin_huge_valf() == __builtin_inf()));
    show("signbitl", __builtin_signbitl(-one) != 0);
}

static void comparisons(void)
{
    volatile float one = 1.0f, two = 2.0f, big = 3e38f;
    float nan = big * 10.0f - big * 10.0f;
    float v[3] = {one, two, nan};
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            show("compare", __builtin_isgreater(v[i], v[j]) +
                                2 * __builtin_isgreaterequal(v[i], v[j]) +
                                4 * __builtin_isless(v[i], v[j]) +
                                8 * __builtin_islessequal(v[i], v[j]) +
                                16 * __builtin_islessgreater(v[i], v[j]) +
                                32 * __builtin_isunordered(v[i], v[j]));
    calls = 0;
    show("unordered once", __builtin_isunordered(counted(one), counted(nan)) + 10 * calls);
}

enum colour { RED, GREEN };
struct pair { int a, b; };
union number { int i; float f; };

static void classify_type(void)
{
    int i = 0, a[3] = {0};
    char c = 0;
    _Bool b = 0;
    float f = 0;
    enum colour e = RED;
    struct pair s = {0, 0};
    union number u = {0};
    show("class int", __builtin_classify_type(i));
    show("class char", __builtin_classify_type(c));
    show("class enum", __builtin_classify_type(e));
    show("class bool", __builtin_classify_type(b));
    show("class pointer", __builtin_classify_type(&i));
    show("class array", __builtin_classify_type(a));
    show("class float", __builtin_classify_type(f));
    show("class struct", __builtin_classify_type(s));
    show("class union", __builtin_classify_type(u));
    show("not evaluated", __builtin_classify_type(i++) + 10 * i);
}

static const long long edges[] = {
    0, 1, -1, 2, -2, 3, 0x7fffffffLL, -0x80000000LL, 0x80000000LL, 0xffffffffLL,
    0x100000000LL, LLONG_MAX, LLONG_MIN, LLONG_MAX - 1, LLONG_MIN + 1, 0x123456789LL,
    -0x123456789LL, 3037000499LL, 3037000500LL, -3037000500LL,
};
#define N_EDGES (int)(sizeof edges / sizeof *edges)

static unsigned hash;
static void mix(unsigned long long v, int overflowed)
{
    hash = hash * 31 + (unsigned)v + (unsigned)(v >> 32) * 7 + (unsigned)overflowed;
}

#define CHECK(op, a, b, r)                       \
    do {                                         \
        int o_ = __builtin_##op##_overflow(a, b, &r); \
        mix((unsigned long long)r, o_);          \
    } while (0)

static void overflow_long_long(void)
{
    int count = 0;
    for (int i = 0; i < N_EDGES; i++)
        for (int j = 0; j < N_EDGES; j++) {
            long long a = edges[i], b = edges[j];
            unsigned long long ua = (unsigned long long)a, ub = (unsigned long long)b;
            long long rl;
            unsigned long long ru;
            int ri;
            unsigned rui;
            CHECK(add, a, b, rl); CHECK(sub, a, b, rl); CHECK(mul, a, b, rl);
            CHECK(add, a, b, ru); CHECK(sub, a, b, ru); CHECK(mul, a, b, ru);
            CHECK(add, a, b, ri); CHECK(mul, a, b, ri); CHECK(sub, a, b, rui);
            CHECK(mul, ua, b, rui); CHECK(add, ua, ub, rl); CHECK(mul, ua, ub, rl);
            CHECK(sub, ua, b, rl); CHECK(mul, ua, ub, ru);
            CHECK(mul, (int)a, ub, rl); CHECK(sub, (unsigned)a, b, ri);
            count += __builtin_mul_overflow(a, b, &rl);
        }
    show("overflow hash", (int)hash);
    show("mul overflows", count);
    long long r;
    show("pr-like", __builtin_mul_overflow(LLONG_MIN, -1LL, &r) + 2 * (r == LLONG_MIN));
}

int main(void)
{
    classification();
    comparisons();
    classify_type();
    overflow_long_long();
    return 0;
}
