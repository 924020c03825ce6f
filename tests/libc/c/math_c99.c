/* math_c99.c - the C99 <math.h> functions beyond math.c: each at chosen arguments
 * against the exact value (computed in double precision, or exactly with fractions, when
 * this file was written) within the number of ulp given per case (0: to the bit);
 * then nextafter, remquo, ilogb, nan and the integer roundings, and the double and long
 * double names. Prints one line per function; the host's libm passes too. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

struct case1 {
    const char *name;
    float (*f)(float);
    float x, expected;
    int ulps;
};

struct case2 {
    const char *name;
    float (*f)(float, float);
    float x, y, expected;
    int ulps;
};

static const struct case1 cases1[] = {
    {"cbrtf", cbrtf, 27.0f, 3.0f, 2},
    {"cbrtf", cbrtf, -8.0f, -2.0f, 2},
    {"cbrtf", cbrtf, 2.0f, 1.2599210498948732f, 2},
    {"cbrtf", cbrtf, 1.0000000031710769e-30f, 1.0000000010570269e-10f, 2},
    {"cbrtf", cbrtf, 3.0000000054977558e+38f, 6694329504910.994f, 2},
    {"cbrtf", cbrtf, 0.0010000000474974513f, 0.10000000158324837f, 2},
    {"cbrtf", cbrtf, 9.99994610111476e-41f, 4.641580494382342e-14f, 2},
    {"cbrtf", cbrtf, 5.0f, 1.7099759466766968f, 2},
    {"expm1f", expm1f, 9.999999747378752e-06f, 1.0000049747542893e-05f, 3},
    {"expm1f", expm1f, -9.999999747378752e-06f, -9.999949747547945e-06f, 3},
    {"expm1f", expm1f, 0.30000001192092896f, 0.34985882366757415f, 3},
    {"expm1f", expm1f, -0.30000001192092896f, -0.2591817881495235f, 3},
    {"expm1f", expm1f, 1.0f, 1.718281828459045f, 3},
    {"expm1f", expm1f, 10.0f, 22025.465794806718f, 3},
    {"expm1f", expm1f, -20.0f, -0.9999999979388464f, 3},
    {"expm1f", expm1f, 1.0000000031710769e-30f, 1.0000000031710769e-30f, 3},
    {"log1pf", log1pf, 9.999999747378752e-06f, 9.999949747714609e-06f, 3},
    {"log1pf", log1pf, -9.999999747378752e-06f, -1.000004974770956e-05f, 3},
    {"log1pf", log1pf, 0.30000001192092896f, 0.26236427363743636f, 3},
    {"log1pf", log1pf, -0.30000001192092896f, -0.35667496096863105f, 3},
    {"log1pf", log1pf, 1.0f, 0.6931471805599453f, 3},
    {"log1pf", log1pf, 1000.0f, 6.90875477931522f, 3},
    {"log1pf", log1pf, -0.9990000128746033f, -6.907768153668287f, 3},
    {"log1pf", log1pf, 1.0000000031710769e-30f, 1.0000000031710769e-30f, 3},
    {"acoshf", acoshf, 1.0f, 0.0f, 3},
    {"acoshf", acoshf, 1.000100016593933f, 0.014143191065507597f, 3},
    {"acoshf", acoshf, 1.5f, 0.9624236501192069f, 3},
    {"acoshf", acoshf, 2.0f, 1.3169578969248166f, 3},
    {"acoshf", acoshf, 10.0f, 2.993222846126381f, 3},
    {"acoshf", acoshf, 100000.0f, 12.206072645505174f, 3},
    {"acoshf", acoshf, 3.0000000054977558e+38f, 89.28999300483437f, 3},
    {"asinhf", asinhf, 0.0f, 0.0f, 3},
    {"asinhf", asinhf, 9.999999747378752e-06f, 9.999999747212084e-06f, 3},
    {"asinhf", asinhf, -0.5f, -0.48121182505960347f, 3},
    {"asinhf", asinhf, 1.0f, 0.881373587019543f, 3},
    {"asinhf", asinhf, 10.0f, 2.99822295029797f, 3},
    {"asinhf", asinhf, -100000.0f, -12.206072645555174f, 3},
    {"asinhf", asinhf, 3.0000000054977558e+38f, 89.28999300483437f, 3},
    {"atanhf", atanhf, 0.0f, 0.0f, 3},
    {"atanhf", atanhf, 9.999999747378752e-06f, 9.999999747712085e-06f, 3},
    {"atanhf", atanhf, -0.5f, -0.5493061443340548f, 3},
    {"atanhf", atanhf, 0.8999999761581421f, 1.4722193640997716f, 3},
    {"atanhf", atanhf, 0.9990000128746033f, 3.800207607813536f, 3},
    {"erff", erff, 0.0f, 0.0f, 4},
    {"erff", erff, 9.999999747378752e-06f, 1.1283791385526445e-05f, 4},
    {"erff", erff, 0.20000000298023224f, 0.2227025924414519f, 4},
    {"erff", erff, -0.49000000953674316f, -0.511668269652628f, 4},
    {"erff", erff, 0.5f, 0.5204998778130465f, 4},
    {"erff", erff, 1.0f, 0.8427007929497149f, 4},
    {"erff", erff, -2.0f, -0.9953222650189527f, 4},
    {"erff", erff, 3.5f, 0.9999992569016276f, 4},
    {"erff", erff, 10.0f, 1.0f, 4},
    {"erfcf", erfcf, 0.0f, 1.0f, 24},
    {"erfcf", erfcf, 0.20000000298023224f, 0.7772974075585481f, 24},
    {"erfcf", erfcf, -0.5f, 1.5204998778130465f, 24},
    {"erfcf", erfcf, 1.0f, 0.15729920705028513f, 24},
    {"erfcf", erfcf, 2.0f, 0.004677734981047265f, 24},
    {"erfcf", erfcf, 5.0f, 1.5374597944280351e-12f, 24},
    {"erfcf", erfcf, 9.0f, 4.13703174651381e-37f, 24},
    {"erfcf", erfcf, -3.0f, 1.9999779095030015f, 24},
    {"lgammaf", lgammaf, 0.5f, 0.5723649429247004f, 24},
    {"lgammaf", lgammaf, 1.0f, 0.0f, 24},
    {"lgammaf", lgammaf, 2.0f, 0.0f, 24},
    {"lgammaf", lgammaf, 3.0f, 0.693147180559945f, 24},
    {"lgammaf", lgammaf, 7.5f, 7.534364236758734f, 24},
    {"lgammaf", lgammaf, 10.0f, 12.801827480081467f, 24},
    {"lgammaf", lgammaf, 100.0f, 359.1342053695754f, 24},
    {"lgammaf", lgammaf, 1.0000000200408773e+20f, 4.5051702782797425e+21f, 24},
    {"lgammaf", lgammaf, -0.5f, 1.265512123484645f, 24},
    {"lgammaf", lgammaf, -2.5f, -0.05624371649767457f, 64}, /* near a zero */
    {"lgammaf", lgammaf, 9.999999747378752e-06f, 11.512919718158098f, 24},
    {"tgammaf", tgammaf, 0.5f, 1.7724538509055159f, 24},
    {"tgammaf", tgammaf, 1.0f, 1.0f, 24},
    {"tgammaf", tgammaf, 5.0f, 24.0f, 24},
    {"tgammaf", tgammaf, 6.0f, 120.0f, 24},
    {"tgammaf", tgammaf, 3.5f, 3.323350970447842f, 24},
    {"tgammaf", tgammaf, 10.5f, 1133278.3889487854f, 24},
    {"tgammaf", tgammaf, 20.0f, 1.21645100408832e+17f, 24},
    {"tgammaf", tgammaf, 33.29999923706055f, 7.487557657016627e+35f, 24},
    {"tgammaf", tgammaf, -0.5f, -3.544907701811032f, 24},
    {"tgammaf", tgammaf, -2.5f, -0.9453087204829417f, 24},
    {"tgammaf", tgammaf, 9.999999747378752e-06f, 99999.42532043812f, 24},
    {"rintf", rintf, 0.5f, 0.0f, 0},
    {"rintf", rintf, 1.5f, 2.0f, 0},
    {"rintf", rintf, 2.5f, 2.0f, 0},
    {"rintf", rintf, -0.5f, 0.0f, 0},
    {"rintf", rintf, -1.5f, -2.0f, 0},
    {"rintf", rintf, 2.4000000953674316f, 2.0f, 0},
    {"rintf", rintf, -2.5999999046325684f, -3.0f, 0},
    {"rintf", rintf, 8388607.5f, 8388608.0f, 0},
    {"rintf", rintf, 10000000000.0f, 10000000000.0f, 0},
    {"rintf", rintf, 0.4999999701976776f, 0.0f, 0},
    {"nearbyintf", nearbyintf, 0.5f, 0.0f, 0},
    {"nearbyintf", nearbyintf, 1.5f, 2.0f, 0},
    {"nearbyintf", nearbyintf, 2.5f, 2.0f, 0},
    {"nearbyintf", nearbyintf, -3.5f, -4.0f, 0},
    {"nearbyintf", nearbyintf, 7.25f, 7.0f, 0},
    {"logbf", logbf, 1.0f, 0.0f, 0},
    {"logbf", logbf, 0.75f, -1.0f, 0},
    {"logbf", logbf, 1024.0f, 10.0f, 0},
    {"logbf", logbf, 3.0000000054977558e+38f, 127.0f, 0},
    {"logbf", logbf, -5.0f, 2.0f, 0},
    {"logbf", logbf, 9.99994610111476e-41f, -133.0f, 0},
};
static const struct case2 cases2[] = {
    {"nextafterf", nextafterf, 1.0f, 2.0f, 1.0000001192092896f, 0},
    {"nextafterf", nextafterf, 1.0f, 0.0f, 0.9999999403953552f, 0},
    {"nextafterf", nextafterf, 0.0f, 1.0f, 1.401298464324817e-45f, 0},
    {"nextafterf", nextafterf, 0.0f, -1.0f, -1.401298464324817e-45f, 0},
    {"nextafterf", nextafterf, -1.0f, -2.0f, -1.0000001192092896f, 0},
    {"nextafterf", nextafterf, 3.4028234663852886e+38f, INFINITY, INFINITY, 0},
    {"nextafterf", nextafterf, 1.401298464324817e-45f, 0.0f, 0.0f, 0},
    {"nextafterf", nextafterf, 2.0f, 2.0f, 2.0f, 0},
    {"remainderf", remainderf, 5.0f, 3.0f, -1.0f, 0},
    {"remainderf", remainderf, -5.0f, 3.0f, 1.0f, 0},
    {"remainderf", remainderf, 5.5f, 1.0f, -0.5f, 0},
    {"remainderf", remainderf, 6.5f, 1.0f, 0.5f, 0},
    {"remainderf", remainderf, 7.5f, 1.0f, -0.5f, 0},
    {"remainderf", remainderf, 10000000000.0f, 3.0f, 1.0f, 0},
    {"remainderf", remainderf, 0.30000001192092896f, 0.10000000149011612f, 7.450580596923828e-09f, 0},
    {"remainderf", remainderf, 1.0f, 1.0000000031710769e-30f, -2.7278992102922333e-31f, 0},
    {"fdimf", fdimf, 5.0f, 3.0f, 2.0f, 0},
    {"fdimf", fdimf, 3.0f, 5.0f, 0.0f, 0},
    {"fdimf", fdimf, -1.0f, -4.0f, 3.0f, 0},
};
static const struct { float x, y, z, expected; } fma_cases[] = {
    {1.0f, 2.0f, 3.0f, 5.0f},
    {0.10000000149011612f, 10.0f, -1.0f, 1.4901161193847656e-08f},
    {1.0000001192092896f, 1.0000001192092896f, -1.000000238418579f, 1.4210854715202004e-14f},
    {3.0000000054977558e+38f, 2.0f, -3.0000000054977558e+38f, 3.0000000054977558e+38f},
    {9.999999682655225e-21f, 9.999999682655225e-21f, 1.0f, 1.0f},
};

static unsigned bits(float x)
{
    unsigned u;
    memcpy(&u, &x, sizeof u);
    return u;
}

/* Distance in ulp between two floats (ordered bit patterns); NaNs match NaNs. */
static long ulp_distance(float a, float b)
{
    long ia = (long)(bits(a) & 0x7FFFFFFFu), ib = (long)(bits(b) & 0x7FFFFFFFu);
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b) ? 0 : LONG_MAX;
    if (bits(a) >> 31)
        ia = -ia;
    if (bits(b) >> 31)
        ib = -ib;
    return ia > ib ? ia - ib : ib - ia;
}

static int failures;
static const char *last_name = "";

static void report(const char *name, int ok, const char *what)
{
    if (!ok) {
        printf("FAIL %s: %s\n", name, what);
        failures++;
    }
    if (strcmp(name, last_name) != 0) {
        printf("%s checked\n", name);
        last_name = name;
    }
}

static void check_tables(void)
{
    char what[120];
    unsigned i;
    for (i = 0; i < sizeof cases1 / sizeof *cases1; i++) {
        float r = cases1[i].f(cases1[i].x);
        snprintf(what, sizeof what, "(%.9g) = %.9g, not %.9g", cases1[i].x, r,
                 cases1[i].expected);
        report(cases1[i].name, ulp_distance(r, cases1[i].expected) <= cases1[i].ulps, what);
    }
    for (i = 0; i < sizeof cases2 / sizeof *cases2; i++) {
        float r = cases2[i].f(cases2[i].x, cases2[i].y);
        snprintf(what, sizeof what, "(%.9g, %.9g) = %.9g, not %.9g", cases2[i].x,
                 cases2[i].y, r, cases2[i].expected);
        report(cases2[i].name, ulp_distance(r, cases2[i].expected) <= cases2[i].ulps, what);
    }
    for (i = 0; i < sizeof fma_cases / sizeof *fma_cases; i++) {
        float r = fmaf(fma_cases[i].x, fma_cases[i].y, fma_cases[i].z);
        snprintf(what, sizeof what, "case %u = %.9g", i, r);
        report("fmaf", ulp_distance(r, fma_cases[i].expected) == 0, what);
    }
}

static void check_special(void)
{
    int q;
    float r;
    report("nextafterf", signbit(nextafterf(0.0f, -1.0f)) && nextafterf(-0.0f, 0.0f) == 0.0f &&
           !signbit(nextafterf(-0.0f, 0.0f)), "zeros");
    report("nexttowardf", nexttowardf(1.0f, 2.0L) == nextafterf(1.0f, 2.0f), "up");
    r = remquof(29.0f, 3.0f, &q);
    report("remquof", r == -1.0f && (q & 7) == 2, "29, 3");
    r = remquof(-29.0f, 3.0f, &q);
    report("remquof", r == 1.0f && q < 0 && (-q & 7) == 2, "-29, 3");
    r = remquof(7.5f, -2.5f, &q);
    report("remquof", r == 0.0f && q < 0 && (-q & 7) == 3, "7.5, -2.5");
    report("ilogbf", ilogbf(1.0f) == 0 && ilogbf(0.1f) == -4 && ilogbf(1e-40f) == -133 &&
           ilogbf(0.0f) == FP_ILOGB0 && ilogbf(NAN) == FP_ILOGBNAN &&
           ilogbf(INFINITY) == INT_MAX, "values");
    report("logbf", logbf(0.0f) == -INFINITY && logbf(-INFINITY) == INFINITY, "specials");
    report("nanf", isnan(nanf("")) && bits(nanf("")) == 0x7FC00000u &&
           bits(nanf("0x15")) == 0x7FC00015u && bits(nanf("12")) == 0x7FC0000Cu, "bits");
    report("lrintf", lrintf(2.5f) == 2 && lrintf(-3.5f) == -4 && llrintf(1e10f) == 10000000000LL,
           "values");
    report("lroundf", lroundf(2.5f) == 3 && lroundf(-3.5f) == -4 &&
           llroundf(-1e10f) == -10000000000LL, "values");
    report("scalbnf", scalbnf(3.0f, 4) == 48.0f && scalblnf(1.0f, -149L) == 1.401298464e-45f,
           "values");
    report("cbrtf", signbit(cbrtf(-0.0f)) && isinf(cbrtf(-INFINITY)) && isnan(cbrtf(NAN)),
           "specials");
    report("lgammaf", lgammaf(0.0f) == INFINITY && lgammaf(-3.0f) == INFINITY, "poles");
    report("tgammaf", isnan(tgammaf(-3.0f)) && tgammaf(-0.0f) == -INFINITY &&
           tgammaf(40.0f) == INFINITY, "poles");
    report("atanhf", atanhf(1.0f) == INFINITY && atanhf(-1.0f) == -INFINITY &&
           isnan(atanhf(2.0f)), "specials");
    report("fdimf", isnan(fdimf(NAN, 1.0f)), "NaN");
    report("signbit", signbit(-1.0) && !signbit(2.0f) && signbit(-0.0L), "macro");
}

/* The double and long double names call the float functions here; on the host they are
 * wider, so only values exact in every format are compared. */
static void check_names(void)
{
    int q, e;
    double ip;
    long double ipl;
    report("double names", fabs(cbrt(27.0) - 3.0) < 1e-6 && expm1(0.0) == 0.0 && log1p(0.0) == 0.0 &&
           acosh(1.0) == 0.0 && asinh(0.0) == 0.0 && atanh(0.0) == 0.0 && erf(0.0) == 0.0 &&
           erfc(0.0) == 1.0 && lgamma(1.0) == 0.0 && tgamma(5.0) == 24.0 &&
           rint(2.5) == 2.0 && nearbyint(-2.5) == -2.0 && lrint(3.5) == 4 &&
           llround(2.5) == 3 && remainder(5.0, 3.0) == -1.0 && remquo(29.0, 3.0, &q) == -1.0 &&
           ilogb(8.0) == 3 && logb(8.0) == 3.0 && scalbn(1.0, 3) == 8.0 &&
           scalbln(1.0, 3L) == 8.0 && fdim(5.0, 3.0) == 2.0 && fma(2.0, 3.0, 1.0) == 7.0 &&
           nextafter(1.0, 1.0) == 1.0 && nexttoward(0.0, 0.0L) == 0.0 && isnan(nan("")) &&
           modf(2.5, &ip) == 0.5 && ip == 2.0, "exact values");
    report("long double names", cbrtl(-8.0L) == -2.0L && sinl(0.0L) == 0.0L &&
           cosl(0.0L) == 1.0L && atanl(0.0L) == 0.0L && atan2l(0.0L, 1.0L) == 0.0L &&
           expl(0.0L) == 1.0L && logl(1.0L) == 0.0L && sqrtl(16.0L) == 4.0L &&
           powl(2.0L, 10.0L) == 1024.0L && fabsl(-3.0L) == 3.0L && floorl(2.5L) == 2.0L &&
           ceill(2.5L) == 3.0L && truncl(-2.5L) == -2.0L && roundl(2.5L) == 3.0L &&
           fmodl(7.0L, 4.0L) == 3.0L && hypotl(3.0L, 4.0L) == 5.0L &&
           frexpl(8.0L, &e) == 0.5L && e == 4 && ldexpl(1.0L, 4) == 16.0L &&
           modfl(-2.5L, &ipl) == -0.5L && ipl == -2.0L && copysignl(1.0L, -0.0L) == -1.0L &&
           fmaxl(1.0L, 2.0L) == 2.0L && fminl(1.0L, 2.0L) == 1.0L && tgammal(4.0L) == 6.0L &&
           lroundl(-2.5L) == -3 && llrintl(2.5L) == 2 && isnan(nanl("")) &&
           remainderl(7.0L, 2.0L) == -1.0L && fdiml(1.0L, 2.0L) == 0.0L &&
           fmal(2.0L, 2.0L, 2.0L) == 6.0L && ilogbl(1.0L) == 0 && log2l(8.0L) == 3.0L &&
           log10l(100.0L) == 2.0L && exp2l(3.0L) == 8.0L && tanhl(0.0L) == 0.0L &&
           asinl(0.0L) == 0.0L && acosl(1.0L) == 0.0L && sinhl(0.0L) == 0.0L &&
           coshl(0.0L) == 1.0L && tanl(0.0L) == 0.0L && log1pl(0.0L) == 0.0L &&
           expm1l(0.0L) == 0.0L && erfl(0.0L) == 0.0L && erfcl(0.0L) == 1.0L &&
           lgammal(2.0L) == 0.0L && rintl(1.5L) == 2.0L && nearbyintl(0.5L) == 0.0L &&
           scalbnl(1.0L, 2) == 4.0L && scalblnl(1.0L, 2L) == 4.0L && logbl(4.0L) == 2.0L &&
           acoshl(1.0L) == 0.0L && asinhl(0.0L) == 0.0L && atanhl(0.0L) == 0.0L &&
           lrintl(2.0L) == 2 && llroundl(2.0L) == 2 && nextafterl(1.0L, 1.0L) == 1.0L &&
           nexttowardl(1.0L, 1.0L) == 1.0L && remquol(29.0L, 3.0L, &q) == -1.0L &&
           fmodl(-7.0L, 4.0L) == -3.0L, "exact values");
}

int main(void)
{
    check_tables();
    check_special();
    check_names();
    printf("%d failures\n", failures);
    return failures != 0;
}
